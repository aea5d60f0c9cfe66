namespace Myelin.Domain.Simulation;

/// <summary>How many participants to simulate, from which seed, and starting when.</summary>
/// <param name="Participants">Number of participants, 1 to 1,000,000.</param>
/// <param name="Seed">The seed; the same seed and protocol always give the same data.</param>
/// <param name="FirstEnrolment">The first enrolment date; later participants follow at the scenario's pace.</param>
/// <param name="Scenario">What participants look like; the published K2-7 pattern when null.</param>
public sealed record SimulationOptions(int Participants, int Seed, DateOnly FirstEnrolment, SimulationScenario? Scenario = null);
