namespace Myelin.Statistics.Models;

/// <summary>
/// Satterthwaite (1946, "An approximate distribution of estimates of variance components", Biometrics Bulletin
/// 2:110) degrees of freedom for a contrast c of an MMRM: ν = 2(c'Φc)² / (g'Wg), g_h = c'(∂Φ/∂σ_h)c, W the inverse
/// Hessian of −ℓ_R in the covariance parameters (as mmrm and lmerTest define it; Kuznetsova et al. 2017). At the
/// optimum ν does not depend on the parameterisation, so the Hessian is taken in Σ's own entries σ, where
/// ∂Φ/∂σ_h = Φ(Σᵢ Xᵢ'Σᵢ⁻¹(∂Σᵢ/∂σ_h)Σᵢ⁻¹Xᵢ)Φ is exact; the Hessian is a Richardson-extrapolated central difference
/// of the analytic gradient (error ~1e-10 relative).
/// </summary>
internal sealed class MmrmSatterthwaite
{
    private readonly MmrmLikelihood lik;
    private readonly MmrmEvaluation fit;
    private readonly double[] w;
    private readonly int k;

    public MmrmSatterthwaite(MmrmLikelihood lik, MmrmEvaluation fit, double[] sigma)
    {
        this.lik = lik;
        this.fit = fit;
        int m = lik.M;
        k = MmrmParameters.Count(m);
        double[] s = MmrmParameters.VectorFromSigma(sigma, m);
        var h = new double[k * k];
        for (int j = 0; j < k; j++)
        {
            double scale = j < m ? s[j] : Math.Sqrt(s[Row(j, m)] * s[Col(j, m)]);
            double step = 1e-4 * scale;
            double[] d1 = Difference(s, j, step, m), d2 = Difference(s, j, step / 2, m);
            for (int i = 0; i < k; i++)
            {
                h[i * k + j] = (4 * d2[i] - d1[i]) / 3;
            }
        }

        MmrmOptimizer.Symmetrise(h, k);
        w = new double[k * k];
        if (SymmetricSolver.TryInvert(h, k, w, 1e-15) >= 0)
        {
            throw new ArgumentException("the REML Hessian of the covariance parameters is singular; Satterthwaite df are undefined");
        }
    }

    public double Df(double[] c)
    {
        int p = lik.P;
        var u = new double[p];
        double variance = 0;
        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < p; b++)
            {
                u[a] += fit.Phi[a * p + b] * c[b];
            }

            variance += c[a] * u[a];
        }

        double[] g = lik.PhiDerivativeForm(fit, u);
        double gwg = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                gwg += g[i] * w[i * k + j] * g[j];
            }
        }

        return 2 * variance * variance / gwg;
    }

    private double[] Difference(double[] s, int j, double step, int m)
    {
        var plus = (double[])s.Clone();
        var minus = (double[])s.Clone();
        plus[j] += step;
        minus[j] -= step;
        double[] gp = Gradient(plus, m), gm = Gradient(minus, m);
        return gp.Select((v, i) => (v - gm[i]) / (2 * step)).ToArray();
    }

    private double[] Gradient(double[] s, int m)
    {
        var e = lik.Evaluate(MmrmParameters.SigmaFromVector(s, m), withGradient: true)
                ?? throw new ArgumentException("Σ is singular next to the REML optimum; Satterthwaite df are undefined");
        return MmrmParameters.VectorGradient(e.Gradient!, m);
    }

    private static int Row(int j, int m)
    {
        int a = 1;
        while (MmrmParameters.OffDiagonalIndex(m, a + 1, 0) <= j)
        {
            a++;
        }

        return a;
    }

    private static int Col(int j, int m) => j - MmrmParameters.OffDiagonalIndex(m, Row(j, m), 0);
}
