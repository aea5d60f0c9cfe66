namespace Myelin.Web.Hosting;

/// <summary>The body of <c>/health</c>.</summary>
/// <param name="Status"><c>ready</c> or <c>starting</c>.</param>
public sealed record HealthStatus(string Status);
