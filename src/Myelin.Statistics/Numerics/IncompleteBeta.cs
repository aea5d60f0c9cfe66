namespace Myelin.Statistics.Numerics;

/// <summary>
/// The regularized incomplete beta function I_x(a, b) and its complement, each computed directly.
/// Continued fraction evaluated by the modified Lentz method (Lentz 1976; Press et al., Numerical Recipes, 3rd ed.,
/// §6.4), with the prefactor x^a y^b / B(a, b) written in the saddle-point form of DiDonato &amp; Morris (1992,
/// ACM TOMS 18:360, "brcomp") so that large a and b keep full relative accuracy.
/// </summary>
public static class IncompleteBeta
{
    private const double Tiny = 1e-300;

    /// <summary>
    /// I_x(a, b) (lower tail) or 1 − I_x(a, b) (upper tail) without subtraction in the small tail.
    /// <paramref name="y"/> must equal 1 − x; passing it lets callers keep precision near x = 1.
    /// </summary>
    public static double Regularized(double x, double y, double a, double b, bool lowerTail)
    {
        if (double.IsNaN(x) || double.IsNaN(a) || double.IsNaN(b) || a < 0 || b < 0)
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return lowerTail ? 0 : 1;
        }

        if (y <= 0)
        {
            return lowerTail ? 1 : 0;
        }

        // Use the fraction that converges quickly, and take its own tail directly; the other tail is then the
        // larger one, so 1 − (small) keeps full precision.
        bool swap = x > (a + 1) / (a + b + 2);
        double xv = swap ? y : x, yv = swap ? x : y, av = swap ? b : a, bv = swap ? a : b;
        bool tailIsLower = !swap;
        // Near xv = 1 with a large av (t with df ≳ 1e4) the fraction's terms 1 + aa·d cancel, costing up to
        // ≈ ε/(yv + 1/av) relative in doubles (≈1e-10 at df = 2e6): evaluate it in double-double there.
        if (xv > 0.5 && av >= 1e4)
        {
            double t = FractionDoubleDouble(xv, yv, av, bv);
            return tailIsLower == lowerTail ? t : 1 - t;
        }

        double tail = Fraction(xv, yv, av, bv);
        return tailIsLower == lowerTail ? tail : 1 - tail;
    }

    /// <summary>ln of x^a y^b / B(a, b).</summary>
    internal static double LogFront(double x, double y, double a, double b)
    {
        const double big = 10;
        if (a >= big && b >= big)
        {
            double e = Math.FusedMultiplyAdd(x, a + b, -a);
            double ea = e / a, eb = -e / b;
            double pa = Math.Abs(ea) < 0.5 ? -a * Stirling.UMinusLog1p(ea) + 0.0 : a * Math.Log(x * (a + b) / a) - e;
            double pb = Math.Abs(eb) < 0.5 ? -b * Stirling.UMinusLog1p(eb) : b * Math.Log(y * (a + b) / b) + e;
            return pa + pb + 0.5 * Math.Log(a * b / (2 * Math.PI * (a + b)))
                - Stirling.Error(a) - Stirling.Error(b) + Stirling.Error(a + b);
        }

        if (b >= big || a >= big)
        {
            // One parameter large (s), one small (t); write lnΓ(s) − lnΓ(s + t) by Stirling's series.
            bool aLarge = a >= big;
            double s = aLarge ? a : b, t = aLarge ? b : a;
            double xs = aLarge ? x : y, xt = aLarge ? y : x;
            double e = Math.FusedMultiplyAdd(xt, s + t, -t);
            double logS = Math.Abs(e / s) < 0.5 ? s * Precise.Log1p(-e / s) : s * Math.Log(xs * (s + t) / s);
            return t * Math.Log(xt * (s + t)) + logS - t - 0.5 * Precise.Log1p(t / s)
                - Stirling.GammaLn(t) + Stirling.Error(s + t) - Stirling.Error(s);
        }

        double lx = x < 0.5 ? Math.Log(x) : Precise.Log1p(-y);
        double ly = y < 0.5 ? Math.Log(y) : Precise.Log1p(-x);
        return a * lx + b * ly - (Stirling.GammaLn(a) + Stirling.GammaLn(b) - Stirling.GammaLn(a + b));
    }

    private static double Fraction(double x, double y, double a, double b)
    {
        double logFront = LogFront(x, y, a, b);
        if (logFront < -745.2)
        {
            return 0;
        }

        double qab = a + b, qap = a + 1, qam = a - 1;
        // 1 − (a+b)x/(a+1) written through y = 1 − x when x is near 1, where the subtraction would cancel.
        double c = 1, d = x > 0.5 ? (1 - b + qab * y) / qap : 1 - qab * x / qap;
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 1_000_000; m++)
        {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = 1 + aa / c;
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

        return Math.Exp(logFront) * h / a;
    }

    private static double FractionDoubleDouble(double x, double y, double a, double b)
    {
        double logFront = LogFront(x, y, a, b);
        if (logFront < -745.2)
        {
            return 0;
        }

        var one = DoubleDouble.Exact(1);
        var tiny = DoubleDouble.Exact(Tiny);
        double qab = a + b, qap = a + 1, qam = a - 1;
        // 1 − (a+b)x/(a+1) = (1 − b + (a+b)y)/(a+1), y exact.
        var d = (DoubleDouble.Exact(1 - b) + DoubleDouble.Product(qab, y)) / DoubleDouble.Exact(qap);
        var c = one;
        d = one / d;
        var h = d;
        for (int m = 1; m <= 100_000; m++)
        {
            int m2 = 2 * m;
            var aa = DoubleDouble.Product(m * (b - m), x) / DoubleDouble.Product(qam + m2, a + m2);
            d = one + aa * d;
            if (Math.Abs(d.Hi) < Tiny)
            {
                d = tiny;
            }

            c = one + aa / c;
            if (Math.Abs(c.Hi) < Tiny)
            {
                c = tiny;
            }

            d = one / d;
            h *= d * c;
            aa = -(DoubleDouble.Product(a + m, qab + m) * DoubleDouble.Exact(x)) / DoubleDouble.Product(a + m2, qap + m2);
            d = one + aa * d;
            if (Math.Abs(d.Hi) < Tiny)
            {
                d = tiny;
            }

            c = one + aa / c;
            if (Math.Abs(c.Hi) < Tiny)
            {
                c = tiny;
            }

            d = one / d;
            var del = d * c;
            h *= del;
            if (Math.Abs((del - one).Hi) <= 1e-17)
            {
                break;
            }
        }

        return Math.Exp(logFront) * h.Hi / a;
    }
}
