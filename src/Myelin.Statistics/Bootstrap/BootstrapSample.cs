namespace Myelin.Statistics.Bootstrap;

/// <summary>
/// The result of an ordinary nonparametric bootstrap: the statistic on the data, its replicates, and the
/// resampling indices (replicate r used data[Indices[r, j]], j = 0..n−1), as <c>boot(data, statistic, R)</c> keeps them.
/// </summary>
public sealed class BootstrapSample
{
    internal BootstrapSample(double[] data, Func<double[], double> statistic, double t0, double[] replicates, int[,] indices, int seed)
    {
        Data = data;
        Statistic = statistic;
        T0 = t0;
        Replicates = replicates;
        Indices = indices;
        Seed = seed;
    }

    /// <summary>The original data.</summary>
    public IReadOnlyList<double> Data { get; }

    /// <summary>The statistic, evaluated on a resampled copy of the data.</summary>
    public Func<double[], double> Statistic { get; }

    /// <summary>The statistic on the original data (boot's t0).</summary>
    public double T0 { get; }

    /// <summary>The replicates t*, in the order they were drawn (boot's t).</summary>
    public IReadOnlyList<double> Replicates { get; }

    /// <summary>Zero-based resampling indices, [replicate, position].</summary>
    public int[,] Indices { get; }

    /// <summary>The seed of the random stream (R's <c>set.seed</c> value).</summary>
    public int Seed { get; }

    /// <summary>Percentile interval (<c>boot.ci(type = "perc")</c>).</summary>
    public BootstrapInterval Percentile(double confLevel = 0.95) => BootstrapIntervals.Percentile(this, confLevel);

    /// <summary>Bias-corrected and accelerated interval (<c>boot.ci(type = "bca")</c>).</summary>
    public BootstrapInterval Bca(double confLevel = 0.95, AccelerationMethod acceleration = AccelerationMethod.Regression)
        => BootstrapIntervals.Bca(this, confLevel, acceleration);

    /// <summary>The BCa acceleration constant a.</summary>
    public double Acceleration(AccelerationMethod method = AccelerationMethod.Regression) => InfluenceValues.Acceleration(this, method);
}
