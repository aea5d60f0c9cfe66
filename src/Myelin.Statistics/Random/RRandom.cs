namespace Myelin.Statistics.Random;

/// <summary>
/// A random stream that reproduces R's default generator draw for draw: the Mersenne Twister MT19937
/// (M. Matsumoto &amp; T. Nishimura, "Mersenne Twister: a 623-dimensionally equidistributed uniform pseudo-random
/// number generator", ACM TOMACS 8:3–30, 1998) seeded as R's <c>set.seed</c> documents (the integer seed is
/// scrambled by 50 steps of the LCG seed ← 69069·seed + 1, then 625 further steps fill the position word and the
/// 624 state words, and the position is set to 624), uniforms as in <c>runif</c> and integers as in
/// <c>sample.int(..., replace = TRUE)</c> with R ≥ 3.6's default "Rejection" sampling.
/// </summary>
/// <remarks>Not thread-safe; one instance per stream. Seeded only: a recorded seed makes a result reproducible.</remarks>
public sealed class RRandom
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;
    private const double TwoToMinus32 = 2.3283064365386963e-10;
    private const double HalfTwoToMinus32m1 = 0.5 * 2.328306437080797e-10;

    private readonly uint[] mt = new uint[N];
    private int mti;

    /// <summary>The state after R's <c>set.seed(seed)</c> with the default kinds (Mersenne-Twister, Inversion, Rejection).</summary>
    public RRandom(int seed)
    {
        Seed = seed;
        uint s = unchecked((uint)seed);
        for (int j = 0; j < 50; j++)
        {
            s = unchecked(69069 * s + 1);
        }

        // The first of R's 625 seed words holds the position and is overwritten by 624.
        s = unchecked(69069 * s + 1);
        for (int j = 0; j < N; j++)
        {
            s = unchecked(69069 * s + 1);
            mt[j] = s;
        }

        mti = N;
    }

    /// <summary>The seed this stream started from.</summary>
    public int Seed { get; }

    /// <summary>One uniform in (0, 1), as R's <c>unif_rand()</c> / <c>runif(1)</c>.</summary>
    public double NextDouble()
    {
        double v = NextUInt32() * TwoToMinus32;
        // R keeps uniforms strictly inside (0, 1).
        if (v <= 0)
        {
            return HalfTwoToMinus32m1;
        }

        return 1 - v <= 0 ? 1 - HalfTwoToMinus32m1 : v;
    }

    /// <summary>
    /// A uniform integer in 0..n−1 by rejection, as R's <c>R_unif_index</c>: draw ⌈log₂ n⌉ bits from 16-bit chunks
    /// ⌊65536·u⌋ (one chunk per started 16 bits, plus one when the bit count is a multiple of 16), mask, and retry
    /// while the value is ≥ n. <c>sample.int(n, 1, TRUE)</c> returns this plus one.
    /// </summary>
    public int NextIndex(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        int bits = n <= 1 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(n - 1));
        long mask = (1L << bits) - 1;
        while (true)
        {
            long v = 0;
            for (int chunk = 0; chunk <= bits; chunk += 16)
            {
                v = 65536 * v + (long)Math.Floor(NextDouble() * 65536);
            }

            v &= mask;
            if (v < n)
            {
                return (int)v;
            }
        }
    }

    /// <summary>
    /// One standard normal as R's <c>rnorm</c> draws it with the default "Inversion" kind: two uniforms give
    /// u = ⌊2²⁷u₁⌋ + u₂ for extra precision, and z = Φ⁻¹(u / 2²⁷) (Wichura's AS 241).
    /// </summary>
    public double NextNormal()
    {
        const double big = 134217728;
        double u = NextDouble();
        u = (int)(big * u) + NextDouble();
        return Distributions.Normal.Quantile(u / big);
    }

    /// <summary><c>sample.int(n, size, replace = TRUE)</c> as zero-based indices.</summary>
    public int[] SampleWithReplacement(int n, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var result = new int[size];
        for (int i = 0; i < size; i++)
        {
            result[i] = NextIndex(n);
        }

        return result;
    }

    private uint NextUInt32()
    {
        if (mti >= N)
        {
            Twist();
        }

        uint y = mt[mti++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        int kk;
        uint y;
        for (kk = 0; kk < N - M; kk++)
        {
            y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        }

        for (; kk < N - 1; kk++)
        {
            y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        }

        y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        mti = 0;
    }
}
