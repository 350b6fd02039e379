using PdfSharp.Fonts;

namespace AmbonCC.Web.Pdf;

/// <summary>
/// PDFsharp's font resolver for every PDF the web app prints: DejaVu Sans (regular, bold) from the Debian package
/// fonts-dejavu-core for whatever family is asked for. PDFsharp on Linux finds no system fonts by itself.
/// </summary>
/// <remarks>
/// PDFsharp has one process-wide resolver. The tax letters set their own (same faces, same file names) if theirs
/// comes first; either serves both documents, so each renderer only sets one when none is set yet.
/// </remarks>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"];
    private static readonly Lock Gate = new();

    /// <summary>Installs this resolver unless one is installed already.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException($"{faceName}.ttf not found: install the Debian package fonts-dejavu-core.");
    }
}
