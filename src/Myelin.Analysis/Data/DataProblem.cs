namespace Myelin.Analysis.Data;

/// <summary>A row (or participant) that does not fit the protocol, and why.</summary>
/// <param name="Line">Line of the row in its file (or row number); for a participant-level problem, the participant's first line.</param>
/// <param name="Participant">Participant code.</param>
/// <param name="Column">The column at fault (<c>event</c>, <c>instrument</c>, <c>item</c>, <c>value</c>, <c>participant</c>, …).</param>
/// <param name="Message">What is wrong and what is allowed.</param>
/// <param name="ExcludesParticipant">True when the problem removes the whole participant (e.g. no baseline), not just the row.</param>
public sealed record DataProblem(int Line, string Participant, string Column, string Message, bool ExcludesParticipant = false)
{
    public override string ToString() => $"line {Line}: column '{Column}': {Message}";
}
