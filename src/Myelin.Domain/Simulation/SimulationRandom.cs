namespace Myelin.Domain.Simulation;

/// <summary>A seeded source of the draws the simulation needs; the same seed gives the same sequence.</summary>
internal sealed class SimulationRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform(double low, double high) => low + (high - low) * _random.NextDouble();

    public int Integer(int lowInclusive, int highExclusive) => _random.Next(lowInclusive, highExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box and Muller, 1958).</summary>
    public double Normal(double mean, double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Shuffles in place (Fisher and Yates; Durstenfeld's version).</summary>
    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
