using System.Security.Cryptography;
using System.Text;

namespace AmbonCC.Web.Security;

/// <summary>
/// API keys look like <c>acc_ID.SECRET</c>: the id names the key's grain, only the SHA-256 of the secret is stored.
/// The secret has 256 bits of entropy, so a fast hash is enough (unlike passwords).
/// </summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";
    private const string Prefix = "acc_";
    private const int IdLength = 16;
    private const int SecretLength = 43; // 32 bytes in unpadded base64url
    private const int KeyLength = 4 + IdLength + 1 + SecretLength;

    public static (string KeyId, string Secret, string Key) NewKey()
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, secret, $"{Prefix}{id}.{secret}");
    }

    /// <summary>
    /// Checks the exact shape (length first, then characters) before anything else looks at the key, so that
    /// garbage costs no allocation beyond the header and never reaches a grain.
    /// </summary>
    public static bool TryParse(string? key, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (key is null || key.Length != KeyLength || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '.')
        {
            return false;
        }

        var id = key.AsSpan(Prefix.Length, IdLength);
        var rest = key.AsSpan(Prefix.Length + IdLength + 1);
        foreach (var c in id)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        foreach (var c in rest)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        keyId = id.ToString();
        secret = rest.ToString();
        return true;
    }

    public static string HashSecret(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
