using System.Security.Cryptography;
using System.Text;

namespace Myelin.Domain.Records;

/// <summary>
/// Bearer secrets (diary links, personal access tokens): 256 random bits from the operating system's CSPRNG,
/// written in base64url (43 characters). Only their SHA-256 is stored.
/// </summary>
public static class SecretToken
{
    /// <summary>Bytes of randomness in a token.</summary>
    public const int Bytes = 32;

    /// <summary>A new token: 256 random bits in base64url without padding.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The SHA-256 of a token, 64 lower-case hex digits: what is stored and looked up.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>True when the text has the shape of a token (43 base64url characters), before any lookup.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    internal static string RequireHash(string hash) =>
        hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower)
            ? hash
            : throw new DomainRuleException("a token hash must be 64 lower-case hex digits (SHA-256).");

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
