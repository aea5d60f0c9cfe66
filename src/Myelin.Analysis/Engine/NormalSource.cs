namespace Myelin.Analysis.Engine;

/// <summary>
/// Seeded standard normal deviates by the Box–Muller transform (Box &amp; Muller 1958) over <see cref="Random"/>;
/// the same seed gives the same imputations on every run.
/// </summary>
internal sealed class NormalSource(int seed)
{
    private readonly Random _random = new(seed);
    private double _spare = double.NaN;

    public double Next()
    {
        if (!double.IsNaN(_spare))
        {
            double s = _spare;
            _spare = double.NaN;
            return s;
        }

        double u1 = 1.0 - _random.NextDouble(); // (0, 1]: the logarithm stays finite
        double u2 = _random.NextDouble();
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        _spare = r * Math.Sin(2 * Math.PI * u2);
        return r * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A chi-square deviate with integer <paramref name="df"/> as a sum of squared normals.</summary>
    public double ChiSquare(int df)
    {
        double sum = 0;
        for (int i = 0; i < df; i++)
        {
            double z = Next();
            sum += z * z;
        }

        return sum;
    }
}
