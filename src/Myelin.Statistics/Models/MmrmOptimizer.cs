namespace Myelin.Statistics.Models;

/// <summary>
/// Minimises the REML objective over θ by Newton's method with the analytic gradient, a Hessian from central
/// differences of that gradient, Levenberg damping when the Hessian is not positive definite, and Armijo
/// backtracking (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., §3.1 and §3.4). It runs until the Newton
/// correction is below 1e-11 in every parameter (quadratic convergence to rounding level), far tighter than default
/// optimizer settings, so the fit is the REML optimum itself.
/// </summary>
internal static class MmrmOptimizer
{
    public static (double[] Theta, MmrmEvaluation Evaluation, int Iterations, bool Converged) Minimise(MmrmLikelihood lik, double[] theta)
    {
        int m = lik.M, k = theta.Length;
        var e = Evaluate(lik, theta) ?? throw new ArgumentException("the starting covariance gives a singular model");
        for (int it = 1; it <= 200; it++)
        {
            double[] g = MmrmParameters.ThetaGradient(theta, e.Gradient!, m);
            double gmax = g.Max(Math.Abs);
            if (gmax == 0)
            {
                return (theta, e, it - 1, true);
            }

            double[] h = Hessian(lik, theta, m);
            double[] step = DampedNewtonStep(h, g, k);
            if (step.Max(Math.Abs) < 1e-11 && gmax < 1e-8)
            {
                // The Newton correction is below 1e-11 in every θ: quadratic convergence has reached rounding level.
                return (theta, e, it - 1, true);
            }
            double slope = 0;
            for (int j = 0; j < k; j++)
            {
                slope += g[j] * step[j];
            }

            if (slope >= 0)
            {
                step = g.Select(v => -v).ToArray();
                slope = -g.Sum(v => v * v);
            }

            double t = 1;
            MmrmEvaluation? next = null;
            double[] trial = theta;
            for (int ls = 0; ls < 60; ls++)
            {
                trial = theta.Select((v, j) => v + t * step[j]).ToArray();
                next = Evaluate(lik, trial);
                if (next is not null && next.Objective <= e.Objective + 1e-4 * t * slope)
                {
                    break;
                }

                next = null;
                t /= 2;
            }

            if (next is null)
            {
                // No decrease possible along the step: the objective is flat to rounding here.
                return (theta, e, it, gmax < 1e-8);
            }

            theta = trial;
            e = next;
        }

        return (theta, e, 200, false);
    }

    public static MmrmEvaluation? Evaluate(MmrmLikelihood lik, double[] theta)
        => lik.Evaluate(MmrmParameters.SigmaFromTheta(theta, lik.M), withGradient: true);

    private static double[] Hessian(MmrmLikelihood lik, double[] theta, int m)
    {
        int k = theta.Length;
        var h = new double[k * k];
        for (int j = 0; j < k; j++)
        {
            double step = 1e-5 * Math.Max(1, Math.Abs(theta[j]));
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[j] += step;
            minus[j] -= step;
            var ep = Evaluate(lik, plus);
            var em = Evaluate(lik, minus);
            if (ep is null || em is null)
            {
                throw new ArgumentException("the covariance parameters reached a singular model during fitting");
            }

            double[] gp = MmrmParameters.ThetaGradient(plus, ep.Gradient!, m), gm = MmrmParameters.ThetaGradient(minus, em.Gradient!, m);
            for (int i = 0; i < k; i++)
            {
                h[i * k + j] = (gp[i] - gm[i]) / (2 * step);
            }
        }

        Symmetrise(h, k);
        return h;
    }

    internal static void Symmetrise(double[] h, int k)
    {
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double v = 0.5 * (h[i * k + j] + h[j * k + i]);
                h[i * k + j] = v;
                h[j * k + i] = v;
            }
        }
    }

    private static double[] DampedNewtonStep(double[] h, double[] g, int k)
    {
        double scale = Enumerable.Range(0, k).Max(i => Math.Abs(h[i * k + i]));
        var inv = new double[k * k];
        for (double lambda = 0; ; lambda = lambda == 0 ? 1e-8 * Math.Max(scale, 1) : lambda * 10)
        {
            var damped = (double[])h.Clone();
            for (int i = 0; i < k; i++)
            {
                damped[i * k + i] += lambda;
            }

            if (SymmetricSolver.TryInvert(damped, k, inv, 1e-15) < 0)
            {
                break;
            }

            if (lambda > 1e12 * Math.Max(scale, 1))
            {
                return g.Select(v => -v).ToArray();
            }
        }

        var step = new double[k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                step[i] -= inv[i * k + j] * g[j];
            }
        }

        return step;
    }
}
