namespace Myelin.Statistics.Bootstrap;

/// <summary>How the BCa acceleration a = ΣL³ / (6(ΣL²)^{3/2}) gets its empirical influence values L.</summary>
public enum AccelerationMethod
{
    /// <summary>
    /// Regression of the replicates on the resampling frequencies (boot's default <c>empinf(type = "reg")</c>;
    /// Davison &amp; Hinkley 1997, §2.7.4): reproduces <c>boot.ci(type = "bca")</c>.
    /// </summary>
    Regression,

    /// <summary>The jackknife, Lᵢ = (n − 1)(θ̄₍.₎ − θ̂₍₋ᵢ₎) (Efron 1987, eq. 6.6); uses no random numbers.</summary>
    Jackknife,
}
