using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Myelin.Domain.Records;

namespace Myelin.Domain.Protocols;

/// <summary>
/// Concealed arm allocation of a randomised protocol by permuted blocks of random size within each allocation stratum,
/// the usual scheme for a small stratified trial (ICH E9 §2.3.1, which also advises that the block length stay
/// unknown to the investigators). Each stratum has its own sequence of blocks; every block is balanced — it holds each
/// arm once or twice its allocation ratio (a block of 2 or 4 participants for 1:1), shuffled — and its length is drawn
/// with it, so the end of a block cannot be counted to.
/// <para>
/// The rule, so that anyone holding the key can regenerate and check the sequence: block <c>b</c> (from 0) of stratum
/// <c>s</c> is drawn from <see cref="Random"/> seeded with <see cref="Seed"/>, the first four bytes (little-endian, sign
/// bit cleared) of HMAC-SHA256(<c>key</c>, UTF-8 <c>"s|b"</c>). Its first draw, <c>Next(2)</c>, gives the number of
/// copies of the ratios (0 → one, 1 → two); the arms are laid out in protocol order, each repeated its ratio times per
/// copy, and shuffled by Fisher–Yates (for <c>i</c> from the last place down to 1, swap places <c>i</c> and
/// <c>Next(i + 1)</c>). The n-th participant allocated in a stratum (counting from 0) gets <see cref="ArmAt"/>(n); staff
/// never choose the arm. (<see cref="Random"/> with a seed runs the fixed subtractive generator .NET keeps for seeded
/// instances, so the sequence does not change with the runtime.)
/// </para>
/// <para>
/// The key is the study's <see cref="AllocationKey"/>: 32 random bytes drawn when the study first allocates and kept
/// where no page, API or export reads it. Without it the source and the study id tell nothing about the next arm (the
/// concealment ICH E9 and CONSORT item 9 ask for); with it an auditor regenerates every block with <see cref="Block"/>.
/// The simulator's seeded <c>ArmAllocator</c> is separate: simulated data must be reproducible from its seed alone.
/// </para>
/// </summary>
public static class PermutedBlockAllocation
{
    /// <summary>The name of the allocation stratum of an unstratified study.</summary>
    public const string Unstratified = "all";

    /// <summary>The sum of the arms' allocation ratios (each at least 1): 2 for 1:1. A block holds one or two times this many participants.</summary>
    public static int RatioSum(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return protocol.Arms.Sum(a => Math.Max(1, a.AllocationRatio ?? 1));
    }

    /// <summary>The block lengths the sequence mixes: one and two times <see cref="RatioSum"/> (2 and 4 for 1:1).</summary>
    public static IReadOnlyList<int> BlockSizes(Protocol protocol) => [RatioSum(protocol), 2 * RatioSum(protocol)];

    /// <summary>
    /// The stratum allocation is balanced within: the etiology stratum when the protocol stratifies by etiology (as the
    /// pilot's randomisation is), else the severity band, else <see cref="Unstratified"/>.
    /// </summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="etiologyStratum">The participant's etiology stratum code, when the protocol has etiology strata.</param>
    /// <param name="severityBand">The participant's severity band code, when the protocol has severity strata.</param>
    public static string AllocationStratum(Protocol protocol, string? etiologyStratum, string? severityBand)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (protocol.Stratification?.Etiology is not null)
        {
            return etiologyStratum ?? throw new ArgumentException("the protocol stratifies by etiology; the etiology stratum is required", nameof(etiologyStratum));
        }

        if (protocol.Stratification?.Severity is not null)
        {
            return severityBand ?? throw new ArgumentException("the protocol stratifies by severity; the severity band is required", nameof(severityBand));
        }

        return Unstratified;
    }

    /// <summary>The arm of the participant at <paramref name="position"/> (0 for the first) in the stratum's sequence.</summary>
    /// <param name="protocol">The protocol; a single-arm protocol always gives its one arm.</param>
    /// <param name="key">The study's secret allocation key, <see cref="AllocationKey.Length"/> bytes.</param>
    /// <param name="allocationStratum">The allocation stratum (see <see cref="AllocationStratum"/>).</param>
    /// <param name="position">The position, from 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is negative.</exception>
    /// <exception cref="ArgumentException">The key is not <see cref="AllocationKey.Length"/> bytes long.</exception>
    public static string ArmAt(Protocol protocol, ReadOnlySpan<byte> key, string allocationStratum, int position)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(allocationStratum);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (protocol.Arms.Count == 1)
        {
            return protocol.Arms[0].Code;
        }

        var start = 0;
        for (var blockIndex = 0; ; blockIndex++)
        {
            var block = Block(protocol, key, allocationStratum, blockIndex);
            if (position < start + block.Count)
            {
                return block[position - start];
            }

            start += block.Count;
        }
    }

    /// <summary>Block <paramref name="blockIndex"/> (from 0) of the stratum's sequence: its arms in allocation order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The block index is negative.</exception>
    /// <exception cref="ArgumentException">The key is not <see cref="AllocationKey.Length"/> bytes long.</exception>
    public static IReadOnlyList<string> Block(Protocol protocol, ReadOnlySpan<byte> key, string allocationStratum, int blockIndex)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var random = new Random(Seed(key, allocationStratum, blockIndex));
        var copies = random.Next(2) + 1;
        var block = new List<string>(copies * RatioSum(protocol));
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var arm in protocol.Arms)
            {
                block.AddRange(Enumerable.Repeat(arm.Code, Math.Max(1, arm.AllocationRatio ?? 1)));
            }
        }

        for (var i = block.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (block[i], block[j]) = (block[j], block[i]);
        }

        return block;
    }

    /// <summary>The seed of one block; see the class remarks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The block index is negative.</exception>
    /// <exception cref="ArgumentException">The key is not <see cref="AllocationKey.Length"/> bytes long.</exception>
    public static int Seed(ReadOnlySpan<byte> key, string allocationStratum, int blockIndex)
    {
        ArgumentNullException.ThrowIfNull(allocationStratum);
        ArgumentOutOfRangeException.ThrowIfNegative(blockIndex);
        if (key.Length != AllocationKey.Length)
        {
            throw new ArgumentException($"an allocation key is {AllocationKey.Length} bytes; this one is {key.Length}.", nameof(key));
        }

        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{allocationStratum}|{blockIndex}"));
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, message, mac);
        return BinaryPrimitives.ReadInt32LittleEndian(mac) & int.MaxValue;
    }
}
