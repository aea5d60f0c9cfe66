using System.Security.Cryptography;
using System.Text;

namespace Myelin.Domain.Protocols;

/// <summary>
/// Arm allocation of a randomised protocol by permuted blocks within each allocation stratum, the usual scheme for
/// a small stratified trial (ICH E9 §2.3.1; the same block rule as the simulator): each block holds every arm twice
/// its allocation ratio, shuffled. The sequence is seeded, so it can be regenerated and checked: block <c>b</c> of
/// stratum <c>s</c> in study <c>id</c> is shuffled by <see cref="Random"/> seeded with the first four bytes of
/// SHA-256(<c>myelin.allocation/1|id|s|b</c>). The n-th participant enrolled in a stratum (counting from 0) gets
/// <see cref="ArmAt"/>(n); staff never choose the arm.
/// </summary>
public static class PermutedBlockAllocation
{
    /// <summary>The name of the allocation stratum of an unstratified study.</summary>
    public const string Unstratified = "all";

    /// <summary>Participants per block: twice the sum of the arms' allocation ratios (4 for 1:1).</summary>
    public static int BlockSize(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return 2 * protocol.Arms.Sum(a => Math.Max(1, a.AllocationRatio ?? 1));
    }

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
    /// <exception cref="ArgumentOutOfRangeException">The position is negative.</exception>
    public static string ArmAt(Protocol protocol, string allocationStratum, int position)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(allocationStratum);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (protocol.Arms.Count == 1)
        {
            return protocol.Arms[0].Code;
        }

        var size = BlockSize(protocol);
        var block = new List<string>(size);
        for (var copy = 0; copy < 2; copy++)
        {
            foreach (var arm in protocol.Arms)
            {
                block.AddRange(Enumerable.Repeat(arm.Code, Math.Max(1, arm.AllocationRatio ?? 1)));
            }
        }

        var random = new Random(Seed(protocol.Study.Id, allocationStratum, position / size));
        for (var i = block.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (block[i], block[j]) = (block[j], block[i]);
        }

        return block[position % size];
    }

    /// <summary>The seed of one block; see the class remarks.</summary>
    public static int Seed(string studyId, string allocationStratum, int blockIndex)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"myelin.allocation/1|{studyId}|{allocationStratum}|{blockIndex}")));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}
