namespace Myelin.Statistics;

/// <summary>
/// R's <c>p.adjust</c>: Holm (1979), Hochberg (1988), Benjamini–Hochberg (1995), Benjamini–Yekutieli (2001),
/// Bonferroni. NaN (NA) p-values stay NaN in place and, by default, do not count in n (R evaluates n lazily
/// after removing them, statistics.md §5).
/// </summary>
public static class PAdjust
{
    /// <summary>Parses R's method names ("holm", "hochberg", "BH", "fdr", "BY", "bonferroni", "none").</summary>
    public static bool TryParse(string? name, out PAdjustMethod method)
    {
        (method, bool ok) = name switch
        {
            "holm" => (PAdjustMethod.Holm, true),
            "hochberg" => (PAdjustMethod.Hochberg, true),
            "BH" or "fdr" => (PAdjustMethod.BH, true),
            "BY" => (PAdjustMethod.BY, true),
            "bonferroni" => (PAdjustMethod.Bonferroni, true),
            "none" => (PAdjustMethod.None, true),
            _ => (PAdjustMethod.Holm, false),
        };
        return ok;
    }

    /// <summary>Adjusted p-values, in the input order.</summary>
    /// <param name="p">The p-values; NaN stands for NA.</param>
    /// <param name="method">The adjustment.</param>
    /// <param name="n">Number of comparisons; default the number of non-NA p-values. Must not be below that.</param>
    public static double[] Adjust(IReadOnlyList<double> p, PAdjustMethod method, int? n = null)
    {
        ArgumentNullException.ThrowIfNull(p);
        var idx = new List<int>(p.Count);
        for (int i = 0; i < p.Count; i++)
        {
            if (!double.IsNaN(p[i]))
            {
                idx.Add(i);
            }
        }

        int lp = idx.Count;
        int nn = n ?? lp;
        if (nn < lp)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n must be at least the number of non-NA p-values");
        }

        var result = p.ToArray();
        if (nn <= 1 || method == PAdjustMethod.None)
        {
            return result;
        }

        double[] pv = idx.Select(i => p[i]).ToArray();
        double[] adj = new double[lp];
        switch (method)
        {
            case PAdjustMethod.Bonferroni:
                for (int i = 0; i < lp; i++)
                {
                    adj[i] = Math.Min(1, nn * pv[i]);
                }

                break;
            case PAdjustMethod.Holm:
            {
                int[] o = Order(pv, descending: false);
                double run = double.NegativeInfinity;
                for (int r = 0; r < lp; r++)
                {
                    run = Math.Max(run, (nn - (r + 1) + 1) * pv[o[r]]);
                    adj[o[r]] = Math.Min(1, run);
                }

                break;
            }

            default:
            {
                // Step-up methods: sorted decreasing, i = lp..1, cumulative minimum.
                int[] o = Order(pv, descending: true);
                double q = 1;
                if (method == PAdjustMethod.BY)
                {
                    q = 0;
                    for (int k = 1; k <= nn; k++)
                    {
                        q += 1.0 / k;
                    }
                }

                double run = double.PositiveInfinity;
                for (int r = 0; r < lp; r++)
                {
                    int i = lp - r;
                    double v = method switch
                    {
                        PAdjustMethod.Hochberg => (nn - i + 1) * pv[o[r]],
                        PAdjustMethod.BY => q * nn / i * pv[o[r]],
                        _ => (double)nn / i * pv[o[r]],
                    };
                    run = Math.Min(run, v);
                    adj[o[r]] = Math.Min(1, run);
                }

                break;
            }
        }

        for (int k = 0; k < lp; k++)
        {
            result[idx[k]] = adj[k];
        }

        return result;
    }

    private static int[] Order(double[] v, bool descending)
    {
        int[] o = Enumerable.Range(0, v.Length).ToArray();
        // Stable, as R's order.
        Array.Sort(o, (a, b) =>
        {
            int c = descending ? v[b].CompareTo(v[a]) : v[a].CompareTo(v[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return o;
    }
}
