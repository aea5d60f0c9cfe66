namespace Myelin.Statistics.Power;

/// <summary>A Monte Carlo power estimate.</summary>
/// <param name="Power">Rejections / Simulations.</param>
/// <param name="Rejections">Simulated data sets with p ≤ sig.level.</param>
/// <param name="Simulations">Number of simulated data sets.</param>
/// <param name="MonteCarloError">sqrt(Power(1 − Power)/Simulations), the simulation's standard error.</param>
/// <param name="Failures">Data sets on which the test returned an error (e.g. all values tied); counted as not rejected.</param>
/// <param name="Seed">The seed that reproduces the estimate (R: <c>set.seed(Seed)</c>).</param>
public sealed record SimulatedPower(double Power, int Rejections, int Simulations, double MonteCarloError, int Failures, int Seed);
