namespace Myelin.Web.Api;

/// <summary>A participant as the API shows it.</summary>
/// <param name="Code">The participant code, unique in the study.</param>
/// <param name="Site">The site id.</param>
/// <param name="Status"><c>screened</c>, <c>enrolled</c>, <c>withdrawn</c> or <c>completed</c>.</param>
/// <param name="Etiology">The etiology code, or null.</param>
/// <param name="Stratum">The stratum given at enrolment, or null.</param>
/// <param name="Arm">The arm given at enrolment, or null; <c>blinded</c> in a double-blind study for a caller without the unblinded role.</param>
/// <param name="EnrolledOn">Day 0 of the schedule, or null before enrolment.</param>
/// <param name="WithdrawalReason">Why the participant withdrew, or null.</param>
/// <param name="Screening">The screening values, item id → value as stored.</param>
public sealed record ParticipantView(
    string Code,
    string Site,
    string Status,
    string? Etiology,
    string? Stratum,
    string? Arm,
    DateOnly? EnrolledOn,
    string? WithdrawalReason,
    IReadOnlyDictionary<string, string> Screening);
