using Myelin.Analysis.Results;
using Myelin.Statistics.Descriptive;

namespace Myelin.Analysis.Engine;

/// <summary>The per-group figures of an endpoint, computed from the group's complete (baseline, follow-up) pairs.</summary>
internal static class GroupStatistics
{
    private const string IndividualLabel = "mean of each participant's percent change, 100 × (follow-up − baseline) / baseline";
    private const string MeansLabel = "percent change of the group means, 100 × (mean follow-up − mean baseline) / mean baseline";

    /// <summary>Collects the complete pairs of <paramref name="members"/> into new arrays.</summary>
    public static (double[] B, double[] F, int Missing) Pairs(int[] members, double[] baseline, double[] followUp)
    {
        int n = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && !double.IsNaN(followUp[p]))
            {
                n++;
            }
        }

        var b = new double[n];
        var f = new double[n];
        int i = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && !double.IsNaN(followUp[p]))
            {
                b[i] = baseline[p];
                f[i] = followUp[p];
                i++;
            }
        }

        return (b, f, members.Length - n);
    }

    /// <summary>The change (follow-up − baseline) of each complete pair of <paramref name="members"/>, in member order.</summary>
    public static double[] Changes(int[] members, double[] baseline, double[] followUp)
    {
        int n = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && !double.IsNaN(followUp[p]))
            {
                n++;
            }
        }

        var change = new double[n];
        int i = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(baseline[p]) && !double.IsNaN(followUp[p]))
            {
                change[i++] = followUp[p] - baseline[p];
            }
        }

        return change;
    }

    public static GroupResult Describe(string by, string level, double[] b, double[] f, int missing, double confLevel)
    {
        int n = b.Length;
        var change = new double[n];
        for (int i = 0; i < n; i++)
        {
            change[i] = f[i] - b[i];
        }

        var baseline = SampleSummary.Of(b);
        var followUp = SampleSummary.Of(f);
        var changeSummary = SampleSummary.Of(change);
        var pairedT = Inference.PairedT(f, b, confLevel);
        var signedRank = Inference.SignedRank(f, b, confLevel);

        string wording = n == 0 ? "no participant has both values" : ChangeWording.Describe(baseline.Mean, followUp.Mean);
        return new GroupResult(
            by,
            level,
            n,
            missing,
            Values(baseline),
            Values(followUp),
            new ChangeSummary(changeSummary.Mean, changeSummary.Sd, changeSummary.Median, changeSummary.Q1, changeSummary.Q3, pairedT.ConfInt),
            Percent(b, f, baseline.Mean, followUp.Mean, confLevel),
            Responders(b, f, confLevel),
            pairedT,
            signedRank,
            wording);
    }

    public static ValueSummary Values(SampleSummary s) => new(s.Mean, s.Sd, s.Median, s.Q1, s.Q3);

    private static PercentChangeResult Percent(double[] b, double[] f, double meanBaseline, double meanFollowUp, double confLevel)
    {
        int m = 0;
        foreach (double v in b)
        {
            if (v != 0)
            {
                m++;
            }
        }

        var individual = new double[m];
        int j = 0;
        for (int i = 0; i < b.Length; i++)
        {
            if (b[i] != 0)
            {
                individual[j++] = 100 * (f[i] - b[i]) / b[i];
            }
        }

        var t = Inference.OneSampleT(individual, confLevel);
        return new PercentChangeResult(
            new PercentFigure(Moments.Mean(individual), m, t.ConfInt, IndividualLabel),
            new PercentFigure(100 * (meanFollowUp - meanBaseline) / meanBaseline, b.Length, null, MeansLabel));
    }

    private static RespondersResult Responders(double[] b, double[] f, double confLevel)
    {
        int ge30 = 0, ge50 = 0, ge2 = 0;
        for (int i = 0; i < b.Length; i++)
        {
            double reduction = b[i] - f[i];

            // Percent thresholds need a positive baseline; written without division so that R decides identically.
            if (b[i] > 0 && reduction * 100 >= 30 * b[i])
            {
                ge30++;
            }

            if (b[i] > 0 && reduction * 100 >= 50 * b[i])
            {
                ge50++;
            }

            if (reduction >= 2)
            {
                ge2++;
            }
        }

        return new RespondersResult(
            Count(ge30, b.Length, "at least 30% reduction from baseline (IMMPACT moderately important)", confLevel),
            Count(ge50, b.Length, "at least 50% reduction from baseline (IMMPACT substantial)", confLevel),
            Count(ge2, b.Length, "at least 2 points reduction from baseline (Farrar 2001)", confLevel));
    }

    private static ResponderCount Count(int responders, int of, string label, double confLevel)
    {
        if (of == 0)
        {
            return new ResponderCount(0, 0, double.NaN, null, label);
        }

        var (lo, hi) = Inference.ClopperPearson(responders, of, confLevel);
        return new ResponderCount(responders, of, 100.0 * responders / of, [100 * lo, 100 * hi], label);
    }
}
