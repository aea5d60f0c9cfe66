namespace Myelin.Domain.Protocols;

/// <summary>A recruiting site.</summary>
/// <param name="Id">Short id used in participant records and CSV files.</param>
/// <param name="Name">Display name.</param>
public sealed record Site(string Id, string Name);
