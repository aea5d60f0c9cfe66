namespace Myelin.Statistics.Models;

/// <summary>
/// Cholesky factorisation (Golub &amp; Van Loan, Matrix Computations, 4th ed., alg. 4.2.1) and inverse of the small
/// symmetric positive definite matrices that the models accumulate (p × p, p rarely above 20).
/// </summary>
internal static class SymmetricSolver
{
    /// <summary>
    /// Inverts the symmetric positive definite <paramref name="a"/> (row-major p × p, upper triangle ignored).
    /// Returns the index of the first column whose pivot falls below <paramref name="relativeTolerance"/> times its
    /// diagonal, i.e. a column that is (numerically) a combination of the earlier ones; −1 on success.
    /// </summary>
    public static int TryInvert(double[] a, int p, double[] inverse, double relativeTolerance = 1e-14)
        => TryInvert(a, p, inverse, out _, relativeTolerance);

    /// <summary>As <see cref="TryInvert(double[], int, double[], double)"/>, also giving ln det(a).</summary>
    public static int TryInvert(double[] a, int p, double[] inverse, out double logDeterminant, double relativeTolerance = 1e-14)
    {
        logDeterminant = 0;
        var l = new double[p * p];
        for (int j = 0; j < p; j++)
        {
            double d = a[j * p + j];
            for (int k = 0; k < j; k++)
            {
                d -= l[j * p + k] * l[j * p + k];
            }

            if (!(d > relativeTolerance * a[j * p + j]) || !(a[j * p + j] > 0))
            {
                return j;
            }

            double ljj = Math.Sqrt(d);
            logDeterminant += Math.Log(d);
            l[j * p + j] = ljj;
            for (int i = j + 1; i < p; i++)
            {
                double s = a[i * p + j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[i * p + k] * l[j * p + k];
                }

                l[i * p + j] = s / ljj;
            }
        }

        // Solve L L' X = I column by column.
        var col = new double[p];
        for (int c = 0; c < p; c++)
        {
            for (int i = 0; i < p; i++)
            {
                double s = i == c ? 1 : 0;
                for (int k = 0; k < i; k++)
                {
                    s -= l[i * p + k] * col[k];
                }

                col[i] = s / l[i * p + i];
            }

            for (int i = p - 1; i >= 0; i--)
            {
                double s = col[i];
                for (int k = i + 1; k < p; k++)
                {
                    s -= l[k * p + i] * col[k];
                }

                col[i] = s / l[i * p + i];
            }

            for (int i = 0; i < p; i++)
            {
                inverse[i * p + c] = col[i];
            }
        }

        return -1;
    }
}
