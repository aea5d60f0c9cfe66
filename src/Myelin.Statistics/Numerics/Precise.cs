namespace Myelin.Statistics.Numerics;

/// <summary>
/// ln(1 + x) and e^x − 1 accurate near zero (Kahan's tricks; Goldberg, "What every computer scientist should know
/// about floating-point arithmetic", ACM Computing Surveys 23, 1991, Theorem 4). .NET's double.LogP1 computes
/// Log(x + 1) and loses the low digits, so it is not used.
/// </summary>
internal static class Precise
{
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1)
        {
            return x;
        }

        if (double.IsInfinity(u) || u <= 0)
        {
            return Math.Log(u);
        }

        return Math.Log(u) * x / (u - 1);
    }

    public static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return Math.Exp(x) - 1;
        }

        double u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        double um1 = u - 1;
        if (um1 == -1)
        {
            return -1;
        }

        return um1 * x / Math.Log(u);
    }
}
