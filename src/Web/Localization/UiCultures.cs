using System.Globalization;

namespace AmbonCC.Web.Localization;

/// <summary>The two UI languages: Bahasa Indonesia (the default) and English.</summary>
public static class UiCultures
{
    public const string Indonesian = "id-ID";
    public const string English = "en-US";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
