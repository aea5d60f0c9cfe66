using System.Runtime.CompilerServices;
using System.Buffers;

namespace Myelin.Statistics.Numerics;

/// <summary>
/// Ascending sort of doubles (no NaN) by least-significant-digit radix sort on the IEEE-754 bit patterns mapped
/// to order-preserving unsigned keys (Knuth, TAOCP vol. 3, §5.2.5; Herf, "Radix tricks", 2001): four 16-bit
/// passes, skipping any pass whose digit is the same for every key. O(n), several times faster than a comparison
/// sort at n = 10⁶; small inputs use the framework's sort.
/// </summary>
internal static class RadixSort
{
    // Hot loop: compile optimised at once rather than through the tiers (benchmarks call it only a few times).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Span<double> data)
    {
        int n = data.Length;
        if (n < 2048)
        {
            data.Sort();
            return;
        }

        ulong[] a = ArrayPool<ulong>.Shared.Rent(n), b = ArrayPool<ulong>.Shared.Rent(n);
        int[] counts = ArrayPool<int>.Shared.Rent(4 * 65536);
        try
        {
            Array.Clear(counts, 0, 4 * 65536);
            for (int i = 0; i < n; i++)
            {
                ulong bits = (ulong)BitConverter.DoubleToInt64Bits(data[i]);
                // Negative numbers: flip all bits; positive: flip the sign bit. Unsigned order then equals numeric order.
                ulong key = (bits & 0x8000000000000000UL) != 0 ? ~bits : bits | 0x8000000000000000UL;
                a[i] = key;
                counts[(int)(key & 0xFFFF)]++;
                counts[65536 + (int)((key >> 16) & 0xFFFF)]++;
                counts[131072 + (int)((key >> 32) & 0xFFFF)]++;
                counts[196608 + (int)(key >> 48)]++;
            }

            ulong[] src = a, dst = b;
            for (int pass = 0; pass < 4; pass++)
            {
                int offset = pass * 65536, shift = pass * 16;
                if (counts[offset + (int)((src[0] >> shift) & 0xFFFF)] == n)
                {
                    continue; // every key has this digit
                }

                int sum = 0;
                for (int d = 0; d < 65536; d++)
                {
                    int c = counts[offset + d];
                    counts[offset + d] = sum;
                    sum += c;
                }

                for (int i = 0; i < n; i++)
                {
                    ulong k = src[i];
                    dst[counts[offset + (int)((k >> shift) & 0xFFFF)]++] = k;
                }

                (src, dst) = (dst, src);
            }

            for (int i = 0; i < n; i++)
            {
                ulong key = src[i];
                ulong bits = (key & 0x8000000000000000UL) != 0 ? key & 0x7FFFFFFFFFFFFFFFUL : ~key;
                data[i] = BitConverter.Int64BitsToDouble((long)bits);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(a);
            ArrayPool<ulong>.Shared.Return(b);
            ArrayPool<int>.Shared.Return(counts);
        }
    }
}
