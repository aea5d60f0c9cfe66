using Myelin.Statistics.Numerics;

namespace Myelin.Statistics.Power;

/// <summary>
/// R's <c>uniroot</c> as its documentation describes it: optional widening of the bracket (<c>extendInt</c>),
/// then Brent's zeroin (<see cref="Zeroin"/>). Widening steps start at Δ(u) = 0.01·max(1e-4, |u|) and double
/// after each step; with a known crossing direction the lower end moves first, then the upper end. Reproducing
/// the same bracket makes zeroin take R's steps, so tolerance-limited roots carry R's digits.
/// </summary>
internal static class Uniroot
{
    public static double Solve(Func<double, double> f, double lower, double upper, double tol, IntervalExtension extension, int maxIterations = 1000)
    {
        double fLower = f(lower), fUpper = f(upper);
        if (double.IsNaN(fLower))
        {
            throw new ArgumentException("f.lower = f(lower) is NA");
        }

        if (double.IsNaN(fUpper))
        {
            throw new ArgumentException("f.upper = f(upper) is NA");
        }

        double sig = extension switch { IntervalExtension.UpX => 1, IntervalExtension.DownX => -1, _ => 0 };
        double tl = Truncate(fLower), tu = Truncate(fUpper);
        bool extend = extension == IntervalExtension.Yes ? tl * tu > 0
            : extension != IntervalExtension.No && (sig * tl > 0 || sig * tu < 0);
        if (extend)
        {
            int it = 0;
            if (extension == IntervalExtension.Yes)
            {
                double dLow = Delta(lower), dHigh = Delta(upper);
                while (fLower * fUpper > 0 && (double.IsFinite(lower) || double.IsFinite(upper)))
                {
                    CountStep(ref it, maxIterations);
                    if (double.IsFinite(lower))
                    {
                        double old = lower, oldF = fLower;
                        lower -= dLow;
                        fLower = f(lower);
                        if (double.IsNaN(fLower))
                        {
                            (lower, fLower, dLow) = (old, oldF, dLow / 4);
                        }
                    }

                    if (double.IsFinite(upper))
                    {
                        double old = upper, oldF = fUpper;
                        upper += dHigh;
                        fUpper = f(upper);
                        if (double.IsNaN(fUpper))
                        {
                            (upper, fUpper, dHigh) = (old, oldF, dHigh / 4);
                        }
                    }

                    dLow *= 2;
                    dHigh *= 2;
                }
            }
            else
            {
                double d = Delta(lower);
                while (sig * fLower > 0)
                {
                    CountStep(ref it, maxIterations);
                    lower -= d;
                    fLower = f(lower);
                    d *= 2;
                }

                d = Delta(upper);
                while (sig * fUpper < 0)
                {
                    CountStep(ref it, maxIterations);
                    upper += d;
                    fUpper = f(upper);
                    d *= 2;
                }
            }
        }

        if (!((fLower <= 0 && fUpper >= 0) || (fLower >= 0 && fUpper <= 0)))
        {
            throw new ArgumentException(extend
                ? "did not succeed extending the interval endpoints for f(lower) * f(upper) <= 0"
                : "f() values at end points not of opposite sign");
        }

        return Zeroin.Find(f, lower, upper, fLower, fUpper, tol, maxIterations).Root;
    }

    private static double Delta(double u) => 0.01 * Math.Max(1e-4, Math.Abs(u));

    private static double Truncate(double v) => Math.Clamp(v, -double.MaxValue, double.MaxValue);

    private static void CountStep(ref int it, int maxIterations)
    {
        if (++it > maxIterations)
        {
            throw new ArgumentException($"no sign change found in {it - 1} iterations");
        }
    }
}
