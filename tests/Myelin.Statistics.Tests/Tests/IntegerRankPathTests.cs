namespace Myelin.Statistics.Tests.Tests;

/// <summary>
/// Whole-number data of n ≥ 1000 are ranked by counting instead of sorting (unless an interval is asked for);
/// both paths must give bit-identical statistics and p-values. (R golden cases "sr VAS n=1500 …" and
/// "rs VAS 1500x1300 …" check the counting path against R itself.)
/// </summary>
public sealed class IntegerRankPathTests
{
    [Fact]
    public void Counting_and_sorting_paths_agree_exactly()
    {
        var rng = new System.Random(7);
        double[] a = Enumerable.Range(0, 3000).Select(_ => (double)rng.Next(0, 11)).ToArray();
        double[] b = Enumerable.Range(0, 2500).Select(_ => (double)rng.Next(0, 11)).ToArray();
        foreach (var (x, y, paired) in new[] { (a, a.Reverse().ToArray(), true), (a, b, false), (a, (double[]?)null, false) })
        {
            var fast = WilcoxTest.Run(x, y, new WilcoxOptions { Paired = paired, Mu = y is null ? 4 : 0 });
            var sorted = WilcoxTest.Run(x, y, new WilcoxOptions { Paired = paired, Mu = y is null ? 4 : 0, ConfInt = true });
            Assert.Equal(sorted.Statistic, fast.Statistic);
            Assert.Equal(sorted.PValue, fast.PValue);
            Assert.Equal(sorted.Method, fast.Method);
        }
    }
}
