using Myelin.Statistics.Distributions;

namespace Myelin.Statistics.Models;

/// <summary>
/// Turns the ANCOVA sums into R's treatment-contrast coefficient table and emmeans' adjusted means and contrasts.
/// With group intercepts aᵍ = ȳᵍ − β̂'x̄ᵍ, and ȳᵍ uncorrelated with β̂ (which comes from within-group deviations),
/// every variance below is σ̂² times 1/nᵍ terms plus a quadratic form in W⁻¹.
/// </summary>
internal static class AncovaSummary
{
    public static AncovaResult Build(AncovaSums s, IReadOnlyList<string> levels, string[] names, double confLevel)
    {
        int k = levels.Count, p = names.Length;
        int df = s.N - k - p;
        double sigma2 = s.Rss / df;
        var inference = new TInference(df, confLevel);
        var coefficients = new List<Coefficient>(k + p);

        ReadOnlySpan<double> refX = s.MeanX.AsSpan(0, p);
        double intercept = s.MeanY[0] - Dot(s.Beta, refX);
        coefficients.Add(inference.Coefficient("(Intercept)", intercept, Math.Sqrt(sigma2 * (1.0 / s.Count[0] + s.Form(refX, refX)))));

        var contrasts = new List<GroupContrast>(k - 1);
        var delta = new double[p];
        for (int g = 1; g < k; g++)
        {
            for (int j = 0; j < p; j++)
            {
                delta[j] = s.MeanX[g * p + j] - refX[j];
            }

            double est = s.MeanY[g] - s.MeanY[0] - Dot(s.Beta, delta);
            double se = Math.Sqrt(sigma2 * (1.0 / s.Count[g] + 1.0 / s.Count[0] + s.Form(delta, delta)));
            var c = inference.Coefficient("group" + levels[g], est, se);
            coefficients.Add(c);
            contrasts.Add(new GroupContrast($"{levels[g]} - {levels[0]}", levels[g], levels[0], est, se, df,
                c.TValue, c.PValue, c.ConfLow, c.ConfHigh));
        }

        for (int j = 0; j < p; j++)
        {
            coefficients.Add(inference.Coefficient(names[j], s.Beta[j], Math.Sqrt(sigma2 * s.WithinInverse[j * p + j])));
        }

        var means = new List<AdjustedMean>(k);
        for (int g = 0; g < k; g++)
        {
            for (int j = 0; j < p; j++)
            {
                delta[j] = s.GrandMeanX[j] - s.MeanX[g * p + j];
            }

            double est = s.MeanY[g] + Dot(s.Beta, delta);
            double se = Math.Sqrt(sigma2 * (1.0 / s.Count[g] + s.Form(delta, delta)));
            var (low, high) = inference.Interval(est, se);
            means.Add(new AdjustedMean(levels[g], est, se, df, low, high));
        }

        return new AncovaResult(coefficients, means, contrasts, Math.Sqrt(sigma2), df, s.N, confLevel,
            levels.ToArray(), s.GrandMeanX);
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int j = 0; j < a.Length; j++)
        {
            s += a[j] * b[j];
        }

        return s;
    }
}
