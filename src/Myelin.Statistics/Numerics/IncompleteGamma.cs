namespace Myelin.Statistics.Numerics;

/// <summary>
/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), each tail computed directly:
/// power series below x = a + 1, Legendre's continued fraction (modified Lentz) above (Press et al., Numerical
/// Recipes, 3rd ed., §6.2), with the prefactor x^a e^−x / Γ(a) in Temme's saddle-point form for large a
/// (Temme 1987; DiDonato &amp; Morris 1986, ACM TOMS 12:377).
/// </summary>
public static class IncompleteGamma
{
    private const double Tiny = 1e-300;

    /// <summary>P(a, x) when <paramref name="lowerTail"/>, else Q(a, x).</summary>
    public static double Regularized(double a, double x, bool lowerTail)
    {
        if (double.IsNaN(a) || double.IsNaN(x) || a < 0)
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return lowerTail ? 0 : 1;
        }

        if (double.IsPositiveInfinity(x))
        {
            return lowerTail ? 1 : 0;
        }

        if (a == 0)
        {
            return lowerTail ? 1 : 0;
        }

        if (x < a + 1)
        {
            double p = Series(a, x);
            return lowerTail ? p : 1 - p;
        }

        double q = ContinuedFraction(a, x);
        return lowerTail ? 1 - q : q;
    }

    /// <summary>ln of x^a e^−x / Γ(a).</summary>
    internal static double LogFront(double a, double x)
    {
        double u = (x - a) / a;
        if (a >= 10 && Math.Abs(u) <= 0.5)
        {
            return -a * Stirling.UMinusLog1p(u) + 0.5 * Math.Log(a / (2 * Math.PI)) - Stirling.Error(a);
        }

        return a * Math.Log(x) - x - Stirling.GammaLn(a);
    }

    private static double Series(double a, double x)
    {
        double logFront = LogFront(a, x);
        if (logFront < -745.2)
        {
            return 0;
        }

        double ap = a, del = 1 / a, sum = del;
        for (int n = 0; n < 1_000_000; n++)
        {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.Abs(del) < Math.Abs(sum) * 1e-17)
            {
                break;
            }
        }

        return sum * Math.Exp(logFront);
    }

    private static double ContinuedFraction(double a, double x)
    {
        double logFront = LogFront(a, x);
        if (logFront < -745.2)
        {
            return 0;
        }

        double b = x + 1 - a, c = 1 / Tiny, d = 1 / b, h = d;
        for (int i = 1; i < 1_000_000; i++)
        {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + an / c;
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.Abs(del - 1) <= 1e-16)
            {
                break;
            }
        }

        return Math.Exp(logFront) * h;
    }
}
