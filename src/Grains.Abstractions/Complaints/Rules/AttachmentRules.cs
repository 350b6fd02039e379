using System.Security.Cryptography;
using System.Text;

namespace AmbonCC.Complaints.Rules;

/// <summary>
/// Which files a complaint takes: JPEG, PNG and PDF, recognised by their first bytes (a sender's Content-Type is a
/// claim, the bytes are the fact), a size limit and a count per complaint from <see cref="ComplaintOptions"/>.
/// </summary>
public static class AttachmentRules
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";
    public const int FileNameMax = 120;

    public static readonly IReadOnlyList<string> Allowed = [Jpeg, Png, Pdf];

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>The type the bytes are, or null when they are none of the allowed ones.</summary>
    public static string? Detect(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF ? Jpeg
        : data.StartsWith(PngMagic) && data.Length > PngMagic.Length ? Png
        : data.StartsWith(PdfMagic) && data.Length > PdfMagic.Length ? Pdf
        : null;

    /// <summary>Whether a declared media type (parameters ignored) is one we take.</summary>
    public static bool IsAllowedType(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() is { } type && Allowed.Contains(type);

    /// <summary>
    /// A name safe to show and to put in a Content-Disposition: no path, no control or quote characters, bounded,
    /// and ending in the extension of what the bytes are.
    /// </summary>
    public static string SafeFileName(string? name, string contentType)
    {
        var baseName = Path.GetFileName((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var clean = new StringBuilder();
        foreach (var c in baseName)
        {
            clean.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_');
        }

        var stem = Path.GetFileNameWithoutExtension(clean.ToString()).Trim(' ', '.');
        stem = stem.Length == 0 ? "lampiran" : stem.Length > FileNameMax - 5 ? stem[..(FileNameMax - 5)] : stem;
        return stem + Extension(contentType);
    }

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        _ => ".pdf",
    };

    /// <summary>The attachment id: the same bytes sent twice to the same complaint or chat are one file.</summary>
    public static string FileId(string owner, string sha256) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(owner + "|" + sha256)))[..32];

    public static bool IsFileId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
