namespace Myelin.Statistics.Power;

/// <summary><c>power.t.test</c>'s <c>alternative</c>.</summary>
public enum PowerSidedness
{
    /// <summary>"two.sided": the test rejects at level sig.level/2 in each tail.</summary>
    TwoSided,

    /// <summary>"one.sided": the test rejects in the upper tail at level sig.level.</summary>
    OneSided,
}
