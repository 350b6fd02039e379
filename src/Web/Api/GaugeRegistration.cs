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

        if (string.IsNullOrWhiteSpace(g.Name))
        {
            Fail("name", "Required.");
        }

        if (string.IsNullOrWhiteSpace(g.RiverName))
        {
            Fail("riverName", "Required.");
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

        if (g.DownstreamKelurahanCodes?.FirstOrDefault(k => !kelurahan.Contains(k)) is { } unknown)
        {
            Fail("downstreamKelurahanCodes", $"Unknown kelurahan '{unknown}'.");
        }

        if (g.Thresholds is null)
        {
            Fail("thresholds", "Required.");
        }
        else if (errors.Count == 0)
        {
            try
            {
                g.ToProfile().Thresholds.Validate();
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
            new GaugeThresholds(t.Siaga3Cm, t.Siaga2Cm, t.Siaga1Cm, t.RiseAlarmCmPer10Min, t.HysteresisMarginCm,
                TimeSpan.FromMinutes(t.HoldMinutes), TimeSpan.FromMinutes(t.StaleMinutes)));
    }
}
