namespace Myelin.Domain.Protocols;

/// <summary>A severity band: scores from <paramref name="From"/> (inclusive) up to <paramref name="To"/> (exclusive).</summary>
/// <param name="Code">Stratum code, e.g. <c>severe</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="From">Lowest score in the band, inclusive.</param>
/// <param name="To">Score where the next band starts, exclusive; null for the open-ended top band.</param>
public sealed record SeverityBand(string Code, string Label, double From, double? To)
{
    /// <summary>True when the score falls in this band.</summary>
    public bool Contains(double score) => score >= From && (To is null || score < To.Value);
}
