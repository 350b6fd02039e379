using System.Text.RegularExpressions;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;

namespace AmbonCC.Web.Api;

/// <summary>A new gauge as an Admin registers it; thresholds as in <see cref="ThresholdRequest"/>.</summary>
public sealed partial record GaugeRegistration(
    string? Code, string? Name, string? RiverName, string? KelurahanCode, double? Latitude, double? Longitude,
    string[]? DownstreamKelurahanCodes, ThresholdRequest? Thresholds)
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    public static Dictionary<string, string[]> Validate(GaugeRegistration g, IReadOnlySet<string> kelurahan)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        if (g.Code is null || !CodePattern().IsMatch(g.Code))
        {
            Fail("code", "2–40 upper-case letters, digits or '-'.");
        }

        if (string.IsNullOrWhiteSpace(g.Name) || g.Name.Length > TextLimits.Name)
        {
            Fail("name", $"Required, at most {TextLimits.Name} characters.");
        }

        if (string.IsNullOrWhiteSpace(g.RiverName) || g.RiverName.Length > TextLimits.Name)
        {
            Fail("riverName", $"Required, at most {TextLimits.Name} characters.");
        }

        foreach (var (field, text) in new[] { ("name", g.Name), ("riverName", g.RiverName) })
        {
            if (!XmlText.IsValid(text))
            {
                Fail(field, XmlText.Problem(text!));
            }
        }

        if (g.KelurahanCode is null || !kelurahan.Contains(g.KelurahanCode))
        {
            Fail("kelurahanCode", "A known kelurahan code (Kemendagri).");
        }

        if (g.Latitude is not (>= -90 and <= 90))
        {
            Fail("latitude", "Between -90 and 90.");
        }

        if (g.Longitude is not (>= -180 and <= 180))
        {
            Fail("longitude", "Between -180 and 180.");
        }

        if (g.DownstreamKelurahanCodes is { Length: > GaugeProfile.MaxDownstream })
        {
            Fail("downstreamKelurahanCodes", $"At most {GaugeProfile.MaxDownstream} kelurahan codes.");
        }
        else if (g.DownstreamKelurahanCodes?.Any(k => k is null || !kelurahan.Contains(k)) == true)
        {
            Fail("downstreamKelurahanCodes", "Every code a known kelurahan (Kemendagri).");
        }

        if (g.Thresholds is null)
        {
            Fail("thresholds", "Required.");
        }
        else if (errors.Count == 0)
        {
            try
            {
                g.Thresholds.ToThresholds();
            }
            catch (ArgumentException ex)
            {
                Fail("thresholds." + ex.ParamName, ex.Message.Split(" (Parameter")[0]);
            }
        }

        return errors;
    }

    public GaugeProfile ToProfile()
    {
        var t = Thresholds!;
        return new GaugeProfile(Code!, Name!.Trim(), RiverName!.Trim(), KelurahanCode!, Latitude!.Value, Longitude!.Value,
            [.. DownstreamKelurahanCodes ?? [KelurahanCode!]],
            t.ToThresholds());
    }
}
