namespace Myelin.Web.Api;

/// <summary>The body of <c>POST …/participants/{code}/doses</c>.</summary>
/// <param name="Date">The day the dose was due, yyyy-MM-dd.</param>
/// <param name="Slot"><c>morning</c>, <c>evening</c> or a dose number <c>1</c>, <c>2</c>, …</param>
/// <param name="Taken">Whether it was taken.</param>
public sealed record DoseRequest(DateOnly? Date, string? Slot, bool? Taken);
