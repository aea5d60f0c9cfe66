namespace Myelin.Analysis.Results;

/// <summary>Why a participant is not in a population.</summary>
/// <param name="Participant">Participant code.</param>
/// <param name="Reason">The reason, e.g. <c>took 70% of doses (less than 80%)</c>.</param>
public sealed record PopulationExclusion(string Participant, string Reason);
