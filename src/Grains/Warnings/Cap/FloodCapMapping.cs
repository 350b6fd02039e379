using AmbonCC.RiverGauges;

namespace AmbonCC.Warnings.Cap;

/// <summary>
/// Turns the facts of a river warning into a CAP 1.2 alert with an Indonesian (id-ID) and an English (en-US) info
/// block. The level sets severity, certainty and the recommended response; a rising trend makes it more urgent.
/// A Cancel, or Siaga 4 with no rise, is an all-clear.
/// </summary>
public static class FloodCapMapping
{
    /// <summary>How a level and trend read in CAP terms.</summary>
    public sealed record Assessment(
        CapUrgency Urgency, CapSeverity Severity, CapCertainty Certainty, IReadOnlyList<CapResponseType> Responses);

    /// <summary>
    /// Siaga 1 is happening now (Immediate/Extreme/Observed, evacuate); Siaga 2 is likely (Severe, prepare;
    /// Immediate when rising); Siaga 3 is possible (Moderate, monitor). Siaga 4 while rising (rate alarm only) is
    /// Minor/Possible; otherwise all clear.
    /// </summary>
    public static Assessment Assess(SiagaLevel level, FloodTrend trend, bool allClear = false)
    {
        bool rising = trend == FloodTrend.Rising;
        if (allClear)
        {
            return new(CapUrgency.Past, CapSeverity.Minor, CapCertainty.Observed, [CapResponseType.AllClear]);
        }

        return level switch
        {
            SiagaLevel.Siaga1 => new(CapUrgency.Immediate, CapSeverity.Extreme, CapCertainty.Observed, [CapResponseType.Evacuate]),
            SiagaLevel.Siaga2 => new(rising ? CapUrgency.Immediate : CapUrgency.Expected, CapSeverity.Severe, CapCertainty.Likely, [CapResponseType.Prepare]),
            SiagaLevel.Siaga3 => new(CapUrgency.Expected, CapSeverity.Moderate, rising ? CapCertainty.Likely : CapCertainty.Possible, [CapResponseType.Monitor, CapResponseType.Prepare]),
            _ when rising => new(CapUrgency.Future, CapSeverity.Minor, CapCertainty.Possible, [CapResponseType.Monitor]),
            _ => new(CapUrgency.Past, CapSeverity.Minor, CapCertainty.Observed, [CapResponseType.AllClear]),
        };
    }

    /// <summary>The CAP alert for <paramref name="facts"/>.</summary>
    public static CapAlert ToAlert(FloodWarningFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        bool allClear = facts.MsgType == CapMsgType.Cancel || (facts.Level == SiagaLevel.Siaga4 && facts.Trend != FloodTrend.Rising);
        var assessment = Assess(facts.Level, facts.Trend, allClear);
        var areas = facts.Kelurahan.Select(ToArea).ToList();
        return new CapAlert
        {
            Identifier = facts.Identifier,
            Sender = facts.Sender,
            Sent = facts.Sent,
            Status = facts.Status,
            MsgType = facts.MsgType,
            Scope = CapScope.Public,
            References = facts.References,
            Incidents = facts.IncidentId,
            Infos =
            [
                Info(facts, assessment, FloodText.Indonesian(facts, allClear), areas),
                Info(facts, assessment, FloodText.English(facts, allClear), areas),
            ],
        };
    }

    private static CapInfo Info(FloodWarningFacts f, Assessment a, FloodText.Block text, IReadOnlyList<CapArea> areas) => new()
    {
        Language = text.Language,
        Categories = [CapCategory.Met],
        Event = text.Event,
        ResponseTypes = a.Responses,
        Urgency = a.Urgency,
        Severity = a.Severity,
        Certainty = a.Certainty,
        EventCodes = [new CapValue("AmbonCC", "RIVER_FLOOD")],
        Effective = f.Sent,
        Expires = f.Sent + f.ValidFor,
        SenderName = f.SenderName,
        Headline = text.Headline,
        Description = text.Description,
        Instruction = text.Instruction,
        Web = f.Web,
        Contact = f.Contact,
        Parameters = Parameters(f),
        Areas = areas,
    };

    private static List<CapValue> Parameters(FloodWarningFacts f)
    {
        var list = new List<CapValue>
        {
            new("River", f.RiverName),
            new("GaugeCode", f.GaugeCode),
            new("SiagaLevel", f.Level.Number().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("WaterLevelCm", CapFormat.Number(Math.Round(f.LevelCm, 1))),
            new("Trend", f.Trend.ToString()),
            new("ObservedAt", CapFormat.DateTime(f.ObservedAt)),
        };
        if (f.RateCmPer10Min is { } rate)
        {
            list.Add(new("RateOfRiseCmPer10Min", CapFormat.Number(Math.Round(rate, 1))));
        }

        return list;
    }

    private static CapArea ToArea(AffectedKelurahan k) => new()
    {
        AreaDesc = $"Kelurahan/Negeri {k.Name}, Kota Ambon",
        Polygons = k.Polygon is { } polygon ? [polygon] : [],
        // Without a surveyed outline a 1 km circle round the centroid still lets receivers place the warning.
        Circles = k.Polygon is null && k.Centroid is { } centre ? [new CapCircle(centre, 1)] : [],
        Geocodes = [new CapValue("KEMENDAGRI", k.KemendagriCode)],
    };
}
