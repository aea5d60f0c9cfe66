using Myelin.Statistics.Random;

namespace Myelin.Statistics.Power;

/// <summary>Data generators for simulated power, each consuming the stream exactly as the matching R expression.</summary>
public static class Samplers
{
    /// <summary><c>rnorm(1, mean, sd)</c>.</summary>
    public static Func<RRandom, double> Normal(double mean, double sd) => rng => mean + sd * rng.NextNormal();

    /// <summary>
    /// A VAS-like integer score: <c>min(max, max(min, round(rnorm(1, mean, sd))))</c> (rounding half to even, as R's
    /// <c>round</c>), so simulated data carry the ties of real 0–10 ratings.
    /// </summary>
    public static Func<RRandom, double> RoundedNormal(double mean, double sd, double min = 0, double max = 10)
        => rng => Math.Min(max, Math.Max(min, Math.Round(mean + sd * rng.NextNormal())));
}
