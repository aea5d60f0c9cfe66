using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Myelin.Interop.LongCsv;

/// <summary>Finds the commas of a line in one vectorised pass, and whether it holds a quote.</summary>
internal static class LineSplitter
{
    /// <summary>A line with a quote: it needs the RFC 4180 reader.</summary>
    public const int Quoted = -1;

    /// <summary>More commas than <c>commas</c> can hold.</summary>
    public const int TooMany = -2;

    /// <summary>Writes the position of each comma to <paramref name="commas"/>; returns their count, <see cref="Quoted"/> or <see cref="TooMany"/>.</summary>
    public static int Commas(ReadOnlySpan<char> text, Span<int> commas)
    {
        int count = 0, i = 0;
        ref ushort start = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
        if (Vector256.IsHardwareAccelerated)
        {
            var comma = Vector256.Create((ushort)',');
            var quote = Vector256.Create((ushort)'"');
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref start, (nuint)i);
                if (Vector256.EqualsAny(block, quote)) return Quoted;
                uint mask = Vector256.Equals(block, comma).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    if (count == commas.Length) return TooMany;
                    commas[count++] = i + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"') return Quoted;
            if (c == ',')
            {
                if (count == commas.Length) return TooMany;
                commas[count++] = i;
            }
        }

        return count;
    }
}
