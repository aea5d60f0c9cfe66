namespace Myelin.Domain.Simulation;

/// <summary>A simulated participant from screening to the last event attended.</summary>
/// <param name="Etiology">The etiology choice code, or null when the protocol has no etiology item.</param>
/// <param name="Stratum">The severity stratum code from the baseline score, or null without severity strata.</param>
/// <param name="WithdrawalReason">Why the participant withdrew; null for completers.</param>
/// <param name="WithdrawnAfterEvent">The last event attended before withdrawal; null for completers.</param>
/// <param name="DosesTaken">Doses taken during treatment (attended weeks only).</param>
/// <param name="DosesExpected">Doses the arm prescribes over the weeks attended.</param>
public sealed record SimulatedParticipant(
    string Code,
    string Site,
    string? Arm,
    string? Etiology,
    string? Stratum,
    DateOnly EnrolledOn,
    IReadOnlyList<KeyValuePair<string, string>> ScreeningValues,
    IReadOnlyList<SimulatedAssessment> Assessments,
    string? WithdrawalReason,
    string? WithdrawnAfterEvent,
    int DosesTaken,
    int DosesExpected);
