namespace Myelin.Statistics.Numerics;

/// <summary>
/// Double-double numbers (an unevaluated sum hi + lo, ≈ 106-bit significand) from error-free transformations
/// (Dekker 1971; Knuth TAOCP vol. 2 §4.2.2; Hida, Li &amp; Bailey, "QD library", 2001). Used where a continued
/// fraction's terms cancel and plain doubles would lose digits.
/// </summary>
internal readonly record struct DoubleDouble(double Hi, double Lo)
{
    public static DoubleDouble Exact(double v) => new(v, 0);

    public static DoubleDouble Product(double a, double b)
    {
        double p = a * b;
        return new DoubleDouble(p, Math.FusedMultiplyAdd(a, b, -p));
    }

    public static DoubleDouble operator +(DoubleDouble x, DoubleDouble y)
    {
        double s = x.Hi + y.Hi;
        double bb = s - x.Hi;
        double e = (x.Hi - (s - bb)) + (y.Hi - bb) + x.Lo + y.Lo;
        return Normalize(s, e);
    }

    public static DoubleDouble operator -(DoubleDouble x) => new(-x.Hi, -x.Lo);

    public static DoubleDouble operator -(DoubleDouble x, DoubleDouble y) => x + -y;

    public static DoubleDouble operator *(DoubleDouble x, DoubleDouble y)
    {
        double p = x.Hi * y.Hi;
        double e = Math.FusedMultiplyAdd(x.Hi, y.Hi, -p) + (x.Hi * y.Lo + x.Lo * y.Hi);
        return Normalize(p, e);
    }

    public static DoubleDouble operator /(DoubleDouble x, DoubleDouble y)
    {
        double q1 = x.Hi / y.Hi;
        var r = x - y * Exact(q1);
        double q2 = r.Hi / y.Hi;
        r -= y * Exact(q2);
        double q3 = r.Hi / y.Hi;
        return Normalize(q1, q2) + Exact(q3);
    }

    private static DoubleDouble Normalize(double s, double e)
    {
        double hi = s + e;
        return new DoubleDouble(hi, e - (hi - s));
    }
}
