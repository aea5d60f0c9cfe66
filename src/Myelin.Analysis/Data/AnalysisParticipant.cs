namespace Myelin.Analysis.Data;

/// <summary>An enrolled participant of an <see cref="AnalysisDataset"/>.</summary>
/// <param name="Index">Position in <see cref="AnalysisDataset.Participants"/>.</param>
/// <param name="Code">Participant code.</param>
/// <param name="Site">Site id; empty when not given.</param>
/// <param name="Arm">Arm code; null when unknown.</param>
/// <param name="Stratum">Severity stratum code; null when unknown.</param>
/// <param name="Etiology">Etiology stratum code (or the raw choice code when no stratum gathers it); null when unknown.</param>
/// <param name="Disposition">Enrolled, withdrawn or completed.</param>
/// <param name="EnrolledOn">Enrolment date (day 0); null when unknown.</param>
/// <param name="DosesTaken">Doses taken during treatment; null when unknown.</param>
/// <param name="DosesExpected">Doses expected during treatment; null when unknown.</param>
/// <param name="FirstLine">Line of the participant's first row; 0 when none.</param>
public sealed record AnalysisParticipant(
    int Index,
    string Code,
    string Site,
    string? Arm,
    string? Stratum,
    string? Etiology,
    ParticipantDisposition Disposition,
    DateOnly? EnrolledOn,
    int? DosesTaken,
    int? DosesExpected,
    int FirstLine)
{
    /// <summary>Doses taken as a fraction of doses expected; null when either is unknown or none were expected.</summary>
    public double? Adherence => DosesTaken is { } taken && DosesExpected is { } expected && expected > 0
        ? (double)taken / expected
        : null;
}
