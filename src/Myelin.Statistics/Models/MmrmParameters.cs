namespace Myelin.Statistics.Models;

/// <summary>
/// Two parameterisations of the unstructured Σ (m × m). θ, for optimisation: Σ = LL' with L lower triangular,
/// θ = (ln L₁₁ … ln L_mm, then L's strictly lower entries row by row: L₂₁, L₃₁, L₃₂, …), so every θ gives a
/// positive definite Σ (Pinheiro &amp; Bates 1996, "Unconstrained parametrizations for variance-covariance
/// matrices"). σ, for inference: Σ's own unique entries in the same order (diagonal, then lower triangle row-wise).
/// </summary>
internal static class MmrmParameters
{
    public static int Count(int m) => m * (m + 1) / 2;

    /// <summary>Position of the lower entry (a, b), a &gt; b, in either vector.</summary>
    public static int OffDiagonalIndex(int m, int a, int b) => m + a * (a - 1) / 2 + b;

    public static double[] SigmaFromTheta(double[] theta, int m)
    {
        var l = CholeskyFactor(theta, m);
        var sigma = new double[m * m];
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double s = 0;
                for (int k = 0; k <= b; k++)
                {
                    s += l[a * m + k] * l[b * m + k];
                }

                sigma[a * m + b] = s;
                sigma[b * m + a] = s;
            }
        }

        return sigma;
    }

    /// <summary>∂f/∂θ from G = ∂f/∂Σ: tr(G dΣ) = 2 tr(G L dL'), so ∂f/∂L_ab = 2(GL)_ab, times L_aa on the log diagonal.</summary>
    public static double[] ThetaGradient(double[] theta, double[] g, int m)
    {
        var l = CholeskyFactor(theta, m);
        var result = new double[Count(m)];
        for (int a = 0; a < m; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double gl = 0;
                for (int k = b; k < m; k++)
                {
                    gl += g[a * m + k] * l[k * m + b];
                }

                if (a == b)
                {
                    result[a] = 2 * gl * l[a * m + a];
                }
                else
                {
                    result[OffDiagonalIndex(m, a, b)] = 2 * gl;
                }
            }
        }

        return result;
    }

    public static double[] ThetaFromSigma(double[] sigma, int m)
    {
        var l = new double[m * m];
        for (int j = 0; j < m; j++)
        {
            double d = sigma[j * m + j];
            for (int k = 0; k < j; k++)
            {
                d -= l[j * m + k] * l[j * m + k];
            }

            l[j * m + j] = Math.Sqrt(d);
            for (int i = j + 1; i < m; i++)
            {
                double s = sigma[i * m + j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[i * m + k] * l[j * m + k];
                }

                l[i * m + j] = s / l[j * m + j];
            }
        }

        var theta = new double[Count(m)];
        for (int a = 0; a < m; a++)
        {
            theta[a] = Math.Log(l[a * m + a]);
            for (int b = 0; b < a; b++)
            {
                theta[OffDiagonalIndex(m, a, b)] = l[a * m + b];
            }
        }

        return theta;
    }

    public static double[] SigmaFromVector(double[] s, int m)
    {
        var sigma = new double[m * m];
        for (int a = 0; a < m; a++)
        {
            sigma[a * m + a] = s[a];
            for (int b = 0; b < a; b++)
            {
                double v = s[OffDiagonalIndex(m, a, b)];
                sigma[a * m + b] = v;
                sigma[b * m + a] = v;
            }
        }

        return sigma;
    }

    public static double[] VectorFromSigma(double[] sigma, int m)
    {
        var s = new double[Count(m)];
        for (int a = 0; a < m; a++)
        {
            s[a] = sigma[a * m + a];
            for (int b = 0; b < a; b++)
            {
                s[OffDiagonalIndex(m, a, b)] = sigma[a * m + b];
            }
        }

        return s;
    }

    /// <summary>∂f/∂σ from G: diagonal G_aa, off-diagonal G_ab + G_ba.</summary>
    public static double[] VectorGradient(double[] g, int m)
    {
        var result = new double[Count(m)];
        for (int a = 0; a < m; a++)
        {
            result[a] = g[a * m + a];
            for (int b = 0; b < a; b++)
            {
                result[OffDiagonalIndex(m, a, b)] = g[a * m + b] + g[b * m + a];
            }
        }

        return result;
    }

    private static double[] CholeskyFactor(double[] theta, int m)
    {
        var l = new double[m * m];
        for (int a = 0; a < m; a++)
        {
            l[a * m + a] = Math.Exp(theta[a]);
            for (int b = 0; b < a; b++)
            {
                l[a * m + b] = theta[OffDiagonalIndex(m, a, b)];
            }
        }

        return l;
    }
}
