namespace Myelin.Statistics;

/// <summary>Multiple-comparison adjustments of R's <c>p.adjust</c>.</summary>
public enum PAdjustMethod
{
    /// <summary>Holm (1979) step-down.</summary>
    Holm,

    /// <summary>Hochberg (1988) step-up.</summary>
    Hochberg,

    /// <summary>Benjamini &amp; Hochberg (1995) false discovery rate ("BH", alias "fdr").</summary>
    BH,

    /// <summary>Benjamini &amp; Yekutieli (2001) ("BY").</summary>
    BY,

    /// <summary>Bonferroni.</summary>
    Bonferroni,

    /// <summary>No adjustment.</summary>
    None,
}
