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

    public static (string KeyId, string Secret, string Key) NewKey()
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, secret, $"{Prefix}{id}.{secret}");
    }

    public static bool TryParse(string? key, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var dot = key.IndexOf('.', Prefix.Length);
        if (dot <= Prefix.Length || dot == key.Length - 1)
        {
            return false;
        }

        keyId = key[Prefix.Length..dot];
        secret = key[(dot + 1)..];
        return keyId.All(char.IsAsciiHexDigitLower) && keyId.Length == 16;
    }

    public static string HashSecret(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
