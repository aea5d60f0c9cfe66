namespace Myelin.Analysis.Results;

/// <summary>How many participants met a responder threshold.</summary>
/// <param name="N">Responders.</param>
/// <param name="Of">Participants assessed (the group's observed cases).</param>
/// <param name="Pct">100 × N / Of.</param>
/// <param name="Ci">Exact Clopper–Pearson 95% CI in percent, [lower, upper]; null when Of is 0.</param>
/// <param name="Label">The threshold in words.</param>
public sealed record ResponderCount(int N, int Of, double Pct, IReadOnlyList<double>? Ci, string Label);
