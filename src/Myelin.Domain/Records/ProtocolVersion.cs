using System.Security.Cryptography;
using System.Text;

namespace Myelin.Domain.Records;

/// <summary>
/// One version of a study's protocol: its YAML text exactly as read and the SHA-256 hash of that text, so that
/// what was analysed can be matched to the protocol that was fixed before the data.
/// </summary>
public sealed class ProtocolVersion
{
    internal ProtocolVersion(string studyId, int number, string yaml, string contentHash, string createdBy, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            throw new DomainRuleException($"protocol version {number} of study '{studyId}' is empty; the protocol's YAML text is required.");
        }

        StudyId = studyId;
        Number = number;
        Yaml = yaml;
        ContentHash = contentHash;
        CreatedBy = Guard.Text(createdBy, $"creator of protocol version {number} of study '{studyId}'", 200);
        CreatedAt = UtcInstant.Require(createdAt, $"creation time of protocol version {number} of study '{studyId}'");
    }

    /// <summary>The study this version belongs to.</summary>
    public string StudyId { get; private set; }

    /// <summary>The version number, 1 for the first.</summary>
    public int Number { get; private set; }

    /// <summary>The protocol's YAML text, exactly as read.</summary>
    public string Yaml { get; private set; }

    /// <summary>SHA-256 of the UTF-8 bytes of <see cref="Yaml"/>, 64 lower-case hex digits.</summary>
    public string ContentHash { get; private set; }

    /// <summary>When this version was added (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who added it.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="yaml"/> as 64 lower-case hex digits.</summary>
    public static string ComputeHash(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));
    }
}
