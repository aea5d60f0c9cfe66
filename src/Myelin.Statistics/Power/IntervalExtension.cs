namespace Myelin.Statistics.Power;

/// <summary>How <see cref="Uniroot"/> may widen a bracket whose ends do not straddle a root (R's <c>extendInt</c>).</summary>
public enum IntervalExtension
{
    /// <summary>Keep the bracket; fail if f has the same sign at both ends.</summary>
    No,

    /// <summary>Widen both ends symmetrically until the signs differ.</summary>
    Yes,

    /// <summary>f increases through the root: move the lower end down while f(lower) &gt; 0 and the upper end up while f(upper) &lt; 0.</summary>
    UpX,

    /// <summary>f decreases through the root: the mirror image of <see cref="UpX"/>.</summary>
    DownX,
}
