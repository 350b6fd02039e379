using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Map;

namespace AmbonCC.UnitTests.Map;

/// <summary>Rows as the grains hand them out, with fresh keys per call.</summary>
internal static class MapFixtures
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-02T03:00:00Z");
    public const string Kelurahan = "81.71.02.1011";

    public static string Key(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    public static CityPicture Picture(MapLayers layers = MapLayers.All) => new()
    {
        Layers = layers,
        Kelurahan = new Dictionary<string, Kelurahan> { [Kelurahan] = new(Kelurahan, "Rijali", KelurahanKind.Kelurahan, "81.71.02", -3.69, 128.18) },
    };

    public static GaugeStatus Gauge(string code, SiagaLevel band = SiagaLevel.Siaga4, bool stale = false) =>
        new(code, "PDA " + code, "Wai Batu Merah", -3.69, 128.19, band, 120, Now, 0, false, stale,
            new GaugeThresholds(100, 150, 200, 10, 5, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)), true, 1);

    /// <summary>Ambon's day: Now is 12:00 WIT on 2 December.</summary>
    public static readonly CityClock Clock = new(TimeProvider.System);

    /// <summary>A terminal's register row as of <paramref name="at"/> (Now by default).</summary>
    public static TerminalStatusChanged Terminal(string serial, TerminalHealth health, DateTimeOffset? redSince = null, decimal tax = 0, string kelurahan = Kelurahan, DateTimeOffset? at = null) =>
        new(new(serial, "NPWPD-" + serial, "Warung " + serial, kelurahan, health, at ?? Now, 1, tax * 10, tax, 1, redSince, -3.69, 128.18, 0, 0, 0), at ?? Now);

    public static ComplaintSummary Complaint(string id, ComplaintStatus status, bool overdue = false, string title = "Sampah menumpuk", long version = 1) =>
        new(id, status, ComplaintChannel.Lapor, "sampah", title, -3.70, 128.17, Kelurahan, "DLHP", Now.AddDays(-5), Now,
            new ComplaintDeadline(DeadlineKind.Verification, Now.AddDays(overdue ? -1 : 1), overdue), false, version);

    public static IncidentSummary Incident(string id, AlarmSeverity severity, IncidentStatus status = IncidentStatus.Open, DateTimeOffset? updated = null,
        string kelurahan = Kelurahan, double? latitude = null, double? longitude = null) =>
        new(id, "Banjir Wai Batu Merah", severity, status, Now, null, 1, 1, [kelurahan], updated ?? Now, Latitude: latitude, Longitude: longitude);

    public static ImmutableArray<string> Codes(params string[] codes) => [.. codes];
}
