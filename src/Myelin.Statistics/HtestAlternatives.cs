namespace Myelin.Statistics;

/// <summary>R's names for <see cref="HtestAlternative"/>.</summary>
public static class HtestAlternatives
{
    /// <summary>"two.sided", "less" or "greater".</summary>
    public static string ToRName(this HtestAlternative alternative) => alternative switch
    {
        HtestAlternative.Less => "less",
        HtestAlternative.Greater => "greater",
        _ => "two.sided",
    };

    /// <summary>Parses R's names, accepting unique prefixes as R's match.arg does ("t", "l", "g").</summary>
    public static bool TryParse(string? text, out HtestAlternative alternative)
    {
        alternative = HtestAlternative.TwoSided;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var (name, value) in new[] { ("two.sided", HtestAlternative.TwoSided), ("less", HtestAlternative.Less), ("greater", HtestAlternative.Greater) })
        {
            if (name.StartsWith(text, StringComparison.Ordinal))
            {
                alternative = value;
                return true;
            }
        }

        return false;
    }
}
