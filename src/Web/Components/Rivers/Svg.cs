using System.Globalization;

namespace AmbonCC.Web.Components.Rivers;

/// <summary>SVG attribute numbers: always invariant, or an Indonesian comma decimal would break the drawing.</summary>
public static class Svg
{
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
