namespace Myelin.Domain.Protocols;

/// <summary>Screening: the instrument filled in before enrolment and the eligibility criteria over its items.</summary>
/// <param name="Instrument">Id of the screening instrument.</param>
/// <param name="Criteria">Inclusion and exclusion criteria, in file order.</param>
public sealed record Screening(string Instrument, IReadOnlyList<EligibilityCriterion> Criteria);
