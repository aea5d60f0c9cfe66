using System.Security.Cryptography;

namespace Myelin.Interop.Deidentification;

/// <summary>
/// The per-export secret that keys the pseudonyms and date shifts of one de-identified export (HMAC-SHA-256 key,
/// 32 bytes). A new secret is drawn from the operating system's CSPRNG for every export and never stored, so two
/// exports of the same study cannot be linked to each other or back to the participant codes.
/// </summary>
public sealed class DeidentificationSecret
{
    /// <summary>The key length in bytes.</summary>
    public const int Bytes = 32;

    private readonly byte[] _key;

    private DeidentificationSecret(byte[] key) => _key = key;

    /// <summary>A fresh secret from <see cref="RandomNumberGenerator"/>.</summary>
    public static DeidentificationSecret New() => new(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>A secret from known bytes (tests, or a caller that must reproduce one export).</summary>
    /// <exception cref="ArgumentException">The key is not <see cref="Bytes"/> bytes long.</exception>
    public static DeidentificationSecret FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length != Bytes)
        {
            throw new ArgumentException($"a de-identification secret must be {Bytes} bytes, not {key.Length}.", nameof(key));
        }

        return new DeidentificationSecret(key.ToArray());
    }

    /// <summary>HMAC-SHA-256 of <paramref name="purpose"/> and <paramref name="value"/> under this secret.</summary>
    internal byte[] Mac(string purpose, string value) =>
        HMACSHA256.HashData(_key, System.Text.Encoding.UTF8.GetBytes(purpose + "\n" + value));
}
