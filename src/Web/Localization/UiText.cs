using System.Globalization;

namespace AmbonCC.Web.Localization;

/// <summary>
/// UI text in Bahasa Indonesia (the default) and English, picked by the request culture. A missing key shows the
/// key itself, which a test catches.
/// </summary>
public sealed class UiText
{
    public const string Indonesian = "id-ID";
    public const string English = "en-US";

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public static string Get(string key, CultureInfo culture)
    {
        var table = culture.TwoLetterISOLanguageName == "en" ? UiTexts.English : UiTexts.Indonesian;
        return table.TryGetValue(key, out var text) ? text : key;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
