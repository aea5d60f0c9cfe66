namespace Myelin.Statistics.Models;

/// <summary>
/// The restricted (REML) likelihood of the linear model with an unstructured covariance Σ over m visits shared by
/// all subjects (Patterson &amp; Thompson 1971; Harville 1977): subject i's observed visits follow N(Xᵢβ, Σᵢ), Σᵢ the
/// rows and columns of Σ for its visits. f = −ℓ_R = ½[Σᵢ ln|Σᵢ| + ln|X'WX| + r'Wr + (N − p) ln 2π], with
/// W = diag(Σᵢ⁻¹), β̂ = (X'WX)⁻¹X'Wy and r = y − Xβ̂. Its gradient in Σ is G = ½ Σᵢ Eᵢ'(Σᵢ⁻¹ − Σᵢ⁻¹XᵢΦXᵢ'Σᵢ⁻¹
/// − Σᵢ⁻¹rᵢrᵢ'Σᵢ⁻¹)Eᵢ with Φ = (X'WX)⁻¹ (the usual REML score, e.g. Searle, Casella &amp; McCulloch, Variance
/// Components, 1992, §6.8), so df = tr(G dΣ).
/// </summary>
internal sealed class MmrmLikelihood
{
    private readonly double[] x;
    private readonly double[] y;
    private readonly int[] subjectStart;
    private readonly int[] subjectPattern;
    private readonly int[][] patterns;

    public MmrmLikelihood(double[] x, double[] y, int p, int visits, int[] subjectStart, int[] subjectPattern, int[][] patterns)
    {
        this.x = x;
        this.y = y;
        P = p;
        M = visits;
        this.subjectStart = subjectStart;
        this.subjectPattern = subjectPattern;
        this.patterns = patterns;
    }

    public int P { get; }

    public int M { get; }

    public int N => y.Length;

    public int Subjects => subjectPattern.Length;

    /// <summary>f, β̂, Φ and (optionally) G at Σ (m × m, row-major); null when some Σᵢ or X'WX is singular.</summary>
    public MmrmEvaluation? Evaluate(double[] sigma, bool withGradient)
    {
        int p = P, m = M;
        var inverses = new double[patterns.Length][];
        double logDetSum = 0;
        var patternLogDet = new double[patterns.Length];
        for (int k = 0; k < patterns.Length; k++)
        {
            int[] v = patterns[k];
            int mi = v.Length;
            var s = new double[mi * mi];
            for (int a = 0; a < mi; a++)
            {
                for (int b = 0; b < mi; b++)
                {
                    s[a * mi + b] = sigma[v[a] * m + v[b]];
                }
            }

            inverses[k] = new double[mi * mi];
            if (SymmetricSolver.TryInvert(s, mi, inverses[k], out patternLogDet[k], 1e-15) >= 0)
            {
                return null;
            }
        }

        var xtwx = new double[p * p];
        var xtwy = new double[p];
        var ax = new double[m * p];
        var by = new double[m];
        for (int i = 0; i < Subjects; i++)
        {
            int k = subjectPattern[i], start = subjectStart[i], mi = patterns[k].Length;
            logDetSum += patternLogDet[k];
            WeightRows(inverses[k], mi, start, ax, by);
            for (int a = 0; a < mi; a++)
            {
                int row = (start + a) * p;
                for (int c = 0; c < p; c++)
                {
                    double xc = x[row + c];
                    xtwy[c] += xc * by[a];
                    for (int d = 0; d <= c; d++)
                    {
                        xtwx[c * p + d] += xc * ax[a * p + d];
                    }
                }
            }
        }

        var phi = new double[p * p];
        if (SymmetricSolver.TryInvert(xtwx, p, phi, out double logDetXtwx, 1e-13) >= 0)
        {
            return null;
        }

        var beta = new double[p];
        for (int c = 0; c < p; c++)
        {
            for (int d = 0; d < p; d++)
            {
                beta[c] += phi[c * p + d] * xtwy[d];
            }
        }

        double rwr = 0;
        double[]? g = withGradient ? new double[m * m] : null;
        var r = new double[m];
        var z = new double[m];
        var aphi = new double[m * p];
        for (int i = 0; i < Subjects; i++)
        {
            int k = subjectPattern[i], start = subjectStart[i], mi = patterns[k].Length;
            double[] inv = inverses[k];
            for (int a = 0; a < mi; a++)
            {
                double fit = 0;
                int row = (start + a) * p;
                for (int c = 0; c < p; c++)
                {
                    fit += x[row + c] * beta[c];
                }

                r[a] = y[start + a] - fit;
            }

            for (int a = 0; a < mi; a++)
            {
                double s = 0;
                for (int b = 0; b < mi; b++)
                {
                    s += inv[a * mi + b] * r[b];
                }

                z[a] = s;
                rwr += r[a] * s;
            }

            if (g is not null)
            {
                AddGradient(g, inv, mi, patterns[k], start, phi, z, ax, by, aphi);
            }
        }

        double f = 0.5 * (logDetSum + logDetXtwx + rwr + (N - p) * Math.Log(2 * Math.PI));
        return new MmrmEvaluation(f, beta, phi, g, inverses);
    }

    /// <summary>u'(∂Φ/∂σ_h)u for every unique element σ_h of Σ (diagonal first, then the lower triangle row-wise).</summary>
    public double[] PhiDerivativeForm(MmrmEvaluation e, double[] u)
    {
        int m = M, p = P;
        var result = new double[m * (m + 1) / 2];
        var xu = new double[m];
        var z = new double[m];
        for (int i = 0; i < Subjects; i++)
        {
            int k = subjectPattern[i], start = subjectStart[i];
            int[] v = patterns[k];
            int mi = v.Length;
            for (int a = 0; a < mi; a++)
            {
                double s = 0;
                for (int c = 0; c < p; c++)
                {
                    s += x[(start + a) * p + c] * u[c];
                }

                xu[a] = s;
            }

            for (int a = 0; a < mi; a++)
            {
                double s = 0;
                for (int b = 0; b < mi; b++)
                {
                    s += e.PatternInverses[k][a * mi + b] * xu[b];
                }

                z[a] = s;
            }

            for (int a = 0; a < mi; a++)
            {
                result[v[a]] += z[a] * z[a];
                for (int b = 0; b < a; b++)
                {
                    result[MmrmParameters.OffDiagonalIndex(m, v[a], v[b])] += 2 * z[a] * z[b];
                }
            }
        }

        return result;
    }

    private void WeightRows(double[] inv, int mi, int start, double[] ax, double[] by)
    {
        int p = P;
        for (int a = 0; a < mi; a++)
        {
            double sy = 0;
            for (int c = 0; c < p; c++)
            {
                ax[a * p + c] = 0;
            }

            for (int b = 0; b < mi; b++)
            {
                double w = inv[a * mi + b];
                sy += w * y[start + b];
                int row = (start + b) * p;
                for (int c = 0; c < p; c++)
                {
                    ax[a * p + c] += w * x[row + c];
                }
            }

            by[a] = sy;
        }
    }

    private void AddGradient(double[] g, double[] inv, int mi, int[] v, int start, double[] phi, double[] z, double[] ax, double[] by, double[] aphi)
    {
        int p = P, m = M;
        WeightRows(inv, mi, start, ax, by);
        for (int a = 0; a < mi; a++)
        {
            for (int c = 0; c < p; c++)
            {
                double s = 0;
                for (int d = 0; d < p; d++)
                {
                    s += ax[a * p + d] * phi[d * p + c];
                }

                aphi[a * p + c] = s;
            }
        }

        for (int a = 0; a < mi; a++)
        {
            for (int b = 0; b < mi; b++)
            {
                double h = 0;
                for (int c = 0; c < p; c++)
                {
                    h += aphi[a * p + c] * ax[b * p + c];
                }

                g[v[a] * m + v[b]] += 0.5 * (inv[a * mi + b] - h - z[a] * z[b]);
            }
        }
    }
}
