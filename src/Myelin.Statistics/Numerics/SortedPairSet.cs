namespace Myelin.Statistics.Numerics;

/// <summary>
/// The Walsh averages (a_i + a_j)/2, i ≤ j, of one sample, or the differences x_i − y_j of two, counted and
/// selected by rank without listing them: O(n + m) per count, and a k-th smallest by randomized selection over a
/// sorted matrix in expected O((n + m) log(nm)) (Monahan 1984, "Algorithm 616: fast computation of the
/// Hodges–Lehmann location estimator", ACM TOMS 10:265–270; Johnson &amp; Mizoguchi 1978, SIAM J. Comput. 7:147).
/// Each element is computed exactly as a listing would compute it ((a + b)/2 or a − b in double), so counts and
/// selections equal those of the sorted list. Rows are the first sample ascending; columns the same sample from
/// the row on (Walsh) or the second sample descending (differences). Rounding is monotone, so every row and
/// every column is non-decreasing.
/// </summary>
internal sealed class SortedPairSet
{
    private readonly double[] _rows;
    private readonly double[] _cols;
    private readonly bool _walsh;
    private readonly long[] _lo;
    private readonly long[] _hi;
    private readonly long[] _below;
    private readonly long[] _atMost;

    private SortedPairSet(double[] rows, double[] cols, bool walsh)
    {
        _rows = rows;
        _cols = cols;
        _walsh = walsh;
        Count = walsh ? rows.Length * (rows.Length + 1L) / 2 : (long)rows.Length * cols.Length;
        _lo = new long[rows.Length];
        _hi = new long[rows.Length];
        _below = new long[rows.Length];
        _atMost = new long[rows.Length];
    }

    /// <summary>Number of elements (n(n+1)/2 or n·m).</summary>
    public long Count { get; }

    /// <summary>The Walsh averages of <paramref name="data"/> (no NaN).</summary>
    public static SortedPairSet Walsh(ReadOnlySpan<double> data)
    {
        double[] a = data.ToArray();
        Array.Sort(a);
        return new SortedPairSet(a, a, walsh: true);
    }

    /// <summary>The differences x_i − y_j (no NaN).</summary>
    public static SortedPairSet Differences(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double[] a = x.ToArray();
        double[] b = y.ToArray();
        Array.Sort(a);
        Array.Sort(b);
        Array.Reverse(b);
        return new SortedPairSet(a, b, walsh: false);
    }

    /// <summary>Number of elements strictly below <paramref name="v"/>.</summary>
    public long CountBelow(double v) => RowCounts(v, strict: true, _below);

    /// <summary>Number of elements at most <paramref name="v"/>.</summary>
    public long CountAtMost(double v) => RowCounts(v, strict: false, _atMost);

    /// <summary>The <paramref name="k"/>-th smallest element, 1 ≤ k ≤ <see cref="Count"/>.</summary>
    public double Select(long k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, Count);
        int n = _rows.Length;
        for (int i = 0; i < n; i++)
        {
            _lo[i] = Start(i);
            _hi[i] = _cols.Length - 1;
        }

        // A fixed seed: the pivots change only the number of rounds, never the answer.
        var rng = new System.Random(616);
        while (true)
        {
            long active = 0;
            for (int i = 0; i < n; i++)
            {
                active += Math.Max(0, _hi[i] - _lo[i] + 1);
            }

            double pivot = Pick(rng.NextInt64(active));
            long below = CountBelow(pivot), atMost = CountAtMost(pivot);
            if (k <= below)
            {
                for (int i = 0; i < n; i++)
                {
                    _hi[i] = Math.Min(_hi[i], Start(i) + _below[i] - 1);
                }
            }
            else if (k > atMost)
            {
                for (int i = 0; i < n; i++)
                {
                    _lo[i] = Math.Max(_lo[i], Start(i) + _atMost[i]);
                }
            }
            else
            {
                return pivot;
            }
        }
    }

    private int Start(int row) => _walsh ? row : 0;

    private double At(int i, long j) => _walsh ? (_rows[i] + _cols[j]) / 2 : _rows[i] - _cols[j];

    private double Pick(long r)
    {
        for (int i = 0; ; i++)
        {
            long len = Math.Max(0, _hi[i] - _lo[i] + 1);
            if (r < len)
            {
                return At(i, _lo[i] + r);
            }

            r -= len;
        }
    }

    /// <summary>Per row, the number of elements below (or at most) v, by a staircase walk: the boundary column
    /// cannot move right from one row to the next because columns are non-decreasing.</summary>
    private long RowCounts(double v, bool strict, long[] perRow)
    {
        long total = 0;
        long p = _cols.Length - 1;
        for (int i = 0; i < _rows.Length; i++)
        {
            int start = Start(i);
            while (p >= start && (strict ? At(i, p) >= v : At(i, p) > v))
            {
                p--;
            }

            long c = Math.Max(0, p - start + 1);
            perRow[i] = c;
            total += c;
        }

        return total;
    }
}
