using System.Security.Cryptography;

namespace Myelin.Domain.Records;

/// <summary>
/// A study's secret allocation key: 32 random bytes that key its concealed allocation sequence
/// (<see cref="Protocols.PermutedBlockAllocation"/>). Without the key no one can tell the next arm from the source and
/// the study id; with it an auditor can regenerate the whole sequence. It is created once, on the study's first
/// allocation, and never changes. No page, API or export reads it, and the change log records that it was created,
/// not its value.
/// </summary>
public sealed class AllocationKey
{
    /// <summary>The key length in bytes (256 bits, the HMAC-SHA256 block's natural key size).</summary>
    public const int Length = 32;

    // For EF: it sets the properties itself.
    private AllocationKey()
    {
        StudyId = string.Empty;
        Key = [];
    }

    private AllocationKey(string studyId, byte[] key, DateTimeOffset createdAt)
    {
        StudyId = studyId;
        Key = key;
        CreatedAt = createdAt;
    }

    /// <summary>The study it belongs to; one key per study.</summary>
    public string StudyId { get; private set; }

    /// <summary>The secret, <see cref="Length"/> bytes.</summary>
#pragma warning disable CA1819 // The key is one opaque value that EF stores whole; callers never change it in place.
    public byte[] Key { get; private set; }
#pragma warning restore CA1819

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Draws a new key for a study from the operating system's cryptographic random source.</summary>
    /// <param name="studyId">The study.</param>
    /// <param name="at">When (UTC).</param>
    public static AllocationKey Create(string studyId, DateTimeOffset at) =>
        new(Guard.Id(studyId, "study id of an allocation key"), RandomNumberGenerator.GetBytes(Length), UtcInstant.Require(at, "creation time of an allocation key"));
}
