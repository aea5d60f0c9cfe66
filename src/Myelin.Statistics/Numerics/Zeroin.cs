namespace Myelin.Statistics.Numerics;

/// <summary>
/// Brent's root finder (R. P. Brent, "Algorithms for Minimization without Derivatives", 1973, ch. 4, procedure
/// zero) in the form R's <c>uniroot</c> documents: bracket [a, b] with known f(a), f(b), absolute tolerance
/// <c>tol</c>, tolerance per step 2·ε·|b| + tol/2, inverse quadratic or secant interpolation accepted only inside
/// ¾ of the bracket and when it halves the previous step, otherwise bisection. Reproducing this iteration step by
/// step gives R's own (tolerance-limited) digits, which is what golden comparisons with uniroot need.
/// </summary>
public static class Zeroin
{
    /// <summary>R's default <c>uniroot</c> tolerance, .Machine$double.eps^0.25.</summary>
    public const double DefaultTolerance = 1.220703125e-4;

    /// <summary>DBL_EPSILON, 2^−52.</summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Finds a root of <paramref name="f"/> in [a, b]; f(a) and f(b) must not have the same sign.</summary>
    /// <returns>The root estimate and the number of iterations used (−1 when <paramref name="maxIterations"/> ran out).</returns>
    public static (double Root, int Iterations) Find(Func<double, double> f, double a, double b, double fa, double fb,
        double tol = DefaultTolerance, int maxIterations = 1000)
    {
        ArgumentNullException.ThrowIfNull(f);
        fa = Clamp(fa);
        fb = Clamp(fb);
        double c = a, fc = fa;
        if (fa == 0)
        {
            return (a, 0);
        }

        if (fb == 0)
        {
            return (b, 0);
        }

        for (int it = 0; it <= maxIterations; it++)
        {
            double prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }

            double tolAct = 2 * MachineEpsilon * Math.Abs(b) + tol / 2;
            double newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0)
            {
                return (b, it);
            }

            if (Math.Abs(prevStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q, cb = c - b;
                if (a == c)
                {
                    double t1 = fb / fa;
                    p = cb * t1;
                    q = 1 - t1;
                }
                else
                {
                    double qq = fa / fc, t1 = fb / fc, t2 = fb / fa;
                    p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1));
                    q = (qq - 1) * (t1 - 1) * (t2 - 1);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (p < 0.75 * cb * q - Math.Abs(tolAct * q) / 2 && p < Math.Abs(prevStep * q / 2))
                {
                    newStep = p / q;
                }
            }

            if (Math.Abs(newStep) < tolAct)
            {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }

            a = b;
            fa = fb;
            b += newStep;
            fb = Clamp(f(b));
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }

        return (b, -1);
    }

    // uniroot replaces infinite or undefined function values by the largest finite double of the same sign
    // (NaN counts as +).
    private static double Clamp(double v)
        => double.IsNegativeInfinity(v) ? -double.MaxValue : (double.IsFinite(v) ? v : double.MaxValue);
}
