namespace Myelin.Statistics.Numerics;

/// <summary>
/// Inverts a monotone CDF by Newton steps on the target probability, falling back to bisection (or bracket
/// expansion) whenever a step leaves the current bracket; converges to full double precision.
/// </summary>
internal static class RootSearch
{
    /// <summary>Solves F(x) = p where F is monotone on (lo, hi) with derivative <paramref name="derivative"/>.</summary>
    public static double Monotone(Func<double, double> cdf, Func<double, double> derivative, double p, double start,
        double lo, double hi)
    {
        bool increasing = derivative(start) >= 0;
        double x = start;
        for (int i = 0; i < 300; i++)
        {
            double f = cdf(x) - p;
            if (f == 0)
            {
                return x;
            }

            if ((f < 0) == increasing)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            double d = derivative(x);
            double next = d != 0 && double.IsFinite(d) ? x - f / d : double.NaN;
            if (!(next > lo && next < hi))
            {
                next = double.IsPositiveInfinity(hi) ? Math.Max(2 * x, lo + 1)
                    : double.IsNegativeInfinity(lo) ? Math.Min(2 * x, hi - 1)
                    : lo + (hi - lo) / 2;
            }

            if (Math.Abs(next - x) <= 2e-16 * Math.Abs(next) || (double.IsFinite(hi) && double.IsFinite(lo) && hi - lo <= 2e-16 * Math.Abs(hi)))
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
