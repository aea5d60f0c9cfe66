namespace Myelin.Statistics;

/// <summary>The alternative hypothesis, as R's <c>alternative</c> argument.</summary>
public enum HtestAlternative
{
    /// <summary>"two.sided" (R's default).</summary>
    TwoSided,

    /// <summary>"less".</summary>
    Less,

    /// <summary>"greater".</summary>
    Greater,
}
