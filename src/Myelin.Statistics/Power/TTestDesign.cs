namespace Myelin.Statistics.Power;

/// <summary>The t test a power calculation is for (<c>power.t.test</c>'s <c>type</c>).</summary>
public enum TTestDesign
{
    /// <summary>Two independent groups of n each ("two.sample").</summary>
    TwoSample,

    /// <summary>One sample of n ("one.sample").</summary>
    OneSample,

    /// <summary>n pairs; sd is the SD of the differences ("paired").</summary>
    Paired,
}
