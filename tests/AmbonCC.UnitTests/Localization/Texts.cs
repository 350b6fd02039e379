using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmbonCC.UnitTests.Localization;

/// <summary>The localizers the web app builds, for tests that read texts in a given culture.</summary>
internal static class Texts
{
    public static readonly string[] Cultures = ["id-ID", "en-US"];

    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<TResource> For<TResource>() => new StringLocalizer<TResource>(Factory);

    /// <summary>Runs <paramref name="read"/> with the UI culture set, as a request in that language would.</summary>
    public static T In<T>(string culture, Func<T> read)
    {
        var (ui, fmt) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, fmt);
        }
    }

    /// <summary>True when the key has its own text in this culture (not the key echoed back).</summary>
    public static bool Has<TResource>(string key, string culture) =>
        In(culture, () => For<TResource>()[key] is { ResourceNotFound: false, Value.Length: > 0 });
}
