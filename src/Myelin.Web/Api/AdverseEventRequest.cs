using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>The body of <c>POST …/participants/{code}/adverse-events</c>: a new, ongoing adverse event.</summary>
/// <param name="Term">The reported term, 1 to 200 characters.</param>
/// <param name="OnsetOn">The day it started, yyyy-MM-dd.</param>
/// <param name="Severity"><c>mild</c>, <c>moderate</c> or <c>severe</c>.</param>
/// <param name="Serious">Serious by the ICH E2A criteria.</param>
/// <param name="Related">Causality: <c>not-related</c>, <c>unlikely</c>, <c>possible</c>, <c>probable</c> or <c>certain</c>.</param>
public sealed record AdverseEventRequest(
    string? Term,
    DateOnly? OnsetOn,
    AeSeverity? Severity,
    bool? Serious,
    AeCausality? Related);
