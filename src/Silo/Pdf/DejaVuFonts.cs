using PdfSharp.Fonts;

namespace AmbonCC.Silo.Pdf;

/// <summary>
/// The one PDFsharp font resolver (PDFsharp has one global resolver) for every PDF the center makes: tax letters,
/// evidence handover records, daily reports. DejaVu Sans (regular, bold) from the Debian package fonts-dejavu-core
/// for every family, since PDFsharp on Linux finds no system fonts.
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"];
    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver unless one is installed already.</summary>
    public static void Ensure()
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
