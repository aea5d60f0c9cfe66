using MathNet.Numerics.LinearAlgebra;

namespace Myelin.Statistics.Bootstrap;

/// <summary>Empirical influence values and the BCa acceleration (Efron 1987, JASA 82:171, eq. 6.7).</summary>
internal static class InfluenceValues
{
    public static double Acceleration(BootstrapSample b, AccelerationMethod method)
    {
        double[] l = method == AccelerationMethod.Jackknife ? Jackknife(b) : Regression(b);
        double s2 = 0, s3 = 0;
        foreach (double v in l)
        {
            s2 += v * v;
            s3 += v * v * v;
        }

        double a = s3 / (6 * Math.Pow(s2, 1.5));
        if (!double.IsFinite(a))
        {
            throw new InvalidOperationException("estimated adjustment 'a' is NA");
        }

        return a;
    }

    /// <summary>
    /// Regression estimate (Davison &amp; Hinkley 1997, §2.7.4, eq. 2.46): least squares of the finite replicates on
    /// an intercept and the resampling proportions fᵣⱼ/n of observations 2..n; L₁ = 0, then L is centred.
    /// Solved by Householder QR, as R's glm does.
    /// </summary>
    private static double[] Regression(BootstrapSample b)
    {
        int n = b.Data.Count;
        var rows = Enumerable.Range(0, b.Replicates.Count).Where(r => double.IsFinite(b.Replicates[r])).ToArray();
        var x = Matrix<double>.Build.Dense(rows.Length, n);
        var y = Vector<double>.Build.Dense(rows.Length);
        var counts = new int[n];
        for (int i = 0; i < rows.Length; i++)
        {
            int r = rows[i];
            Array.Clear(counts);
            for (int j = 0; j < n; j++)
            {
                counts[b.Indices[r, j]]++;
            }

            x[i, 0] = 1;
            for (int j = 1; j < n; j++)
            {
                x[i, j] = counts[j] / (double)n;
            }

            y[i] = b.Replicates[r];
        }

        var qr = x.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        double maxDiag = Enumerable.Range(0, n).Max(j => Math.Abs(qr.R[j, j]));
        if (rows.Length < n || Enumerable.Range(0, n).Any(j => Math.Abs(qr.R[j, j]) <= 1e-11 * maxDiag))
        {
            throw new InvalidOperationException("estimated adjustment 'a' is NA: the resampling frequencies are collinear (too few replicates, or an observation never drawn)");
        }

        var beta = qr.Solve(y);
        var l = new double[n];
        for (int j = 1; j < n; j++)
        {
            l[j] = beta[j];
        }

        return Centre(l);
    }

    private static double[] Jackknife(BootstrapSample b)
    {
        int n = b.Data.Count;
        if (n < 2)
        {
            throw new InvalidOperationException("the jackknife needs at least 2 observations");
        }

        var t = new double[n];
        var buffer = new double[n - 1];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0, k = 0; j < n; j++)
            {
                if (j != i)
                {
                    buffer[k++] = b.Data[j];
                }
            }

            t[i] = b.Statistic(buffer);
        }

        double mean = t.Average();
        return t.Select(v => (n - 1) * (mean - v)).ToArray();
    }

    private static double[] Centre(double[] l)
    {
        double mean = l.Average();
        for (int j = 0; j < l.Length; j++)
        {
            l[j] -= mean;
        }

        return l;
    }
}
