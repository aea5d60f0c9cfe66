namespace Myelin.Analysis.Data;

/// <summary>
/// What the database knows about an enrolled participant beyond the recorded values. The long CSV carries none of
/// this, so a CSV analysis passes no facts and the dataset infers what it can (see <see cref="AnalysisDataset.FromRows"/>).
/// </summary>
/// <param name="Code">Participant code.</param>
/// <param name="Site">Site id.</param>
/// <param name="Arm">Arm code; null before allocation.</param>
/// <param name="Stratum">Stratum code given at enrolment; null when not stratified.</param>
/// <param name="Etiology">Etiology code (a choice code of the stratification's etiology item, or a stratum code); null when unknown.</param>
/// <param name="Disposition">Enrolled, withdrawn or completed.</param>
/// <param name="EnrolledOn">Enrolment date (day 0 of the schedule); null when unknown.</param>
/// <param name="DosesTaken">Doses taken during treatment; null when unknown.</param>
/// <param name="DosesExpected">Doses the protocol expected during treatment; null when unknown.</param>
public sealed record ParticipantFacts(
    string Code,
    string Site,
    string? Arm,
    string? Stratum,
    string? Etiology,
    ParticipantDisposition Disposition,
    DateOnly? EnrolledOn,
    int? DosesTaken,
    int? DosesExpected);
