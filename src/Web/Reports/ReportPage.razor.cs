using System.Collections.Immutable;
using System.Globalization;
using AmbonCC.Reports;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Reports;

/// <summary>One report (the reader's edition); opening it records a read receipt, which Supervisors and Admins see.</summary>
public partial class ReportPage
{
    private DailyReport? report;
    private bool loaded;
    private ImmutableArray<ReadReceipt>? receipts;
    private ImmutableArray<MailDelivery> deliveries = [];
    private string? opd;

    [Parameter] public string Id { get; set; } = "";
    [SupplyParameterFromQuery(Name = "opd")] public string? Opd { get; set; }

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Auth).User;
        var (edition, refused) = ReportAccess.EditionFor(user, Opd is { Length: <= 60 } o && o.All(char.IsAsciiLetterOrDigit) ? o : null);
        opd = edition;
        if (ReportSchedule.TryParseId(Id, out _) && !refused)
        {
            var grain = Grains.GetGrain<IDailyReportGrain>(Id);
            report = await grain.OpenAsync(ReportAccess.Reader(user), edition);
            if (report is not null && AccessPolicies.Allows(user, AccessPolicies.ReadReportReceipts))
            {
                receipts = await grain.GetReceiptsAsync();
                deliveries = await grain.GetDeliveriesAsync();
            }
        }

        loaded = true;
    }

    private string PdfLink => $"/api/v1/reports/{Id}/pdf" + (opd is { } o ? "?opd=" + Uri.EscapeDataString(o) : "");

    private string Local(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " " + CityTime.Label;

    private static string Join(IEnumerable<CountOf> counts) =>
        counts.Any() ? string.Join(", ", counts.Select(c => $"{(c.Name.Length == 0 ? "—" : c.Name)} {c.Count}")) : "—";

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.CurrentCulture) + "%" : "—";

    private IReadOnlyList<FigureTable.Row> RiverRows => report is not { Today.Rivers: var t, DayBefore.Rivers: var b } ? [] :
    [
        new(R["WarningsIssued"], t.WarningsIssued.ToString(CultureInfo.CurrentCulture), b.WarningsIssued.ToString(CultureInfo.CurrentCulture)),
        new(R["MustAcknowledge"], t.MustAcknowledge.ToString(CultureInfo.CurrentCulture), b.MustAcknowledge.ToString(CultureInfo.CurrentCulture)),
        new(R["AckRate"], Share(t.AcknowledgementRate), Share(b.AcknowledgementRate)),
    ];

    private IReadOnlyList<FigureTable.Row> CameraRows => report is not { Today.Cameras: var t, DayBefore.Cameras: var b } ? [] :
    [
        new(R["Uptime"], Share(t.Uptime), Share(b.Uptime)),
        new(R["Outages"], N(t.Outages), N(b.Outages)),
        new(R["EvidenceRequests"], N(t.EvidenceRequests), N(b.EvidenceRequests)),
        new(R["EvidencePending"], N(t.EvidencePending), N(b.EvidencePending)),
    ];

    private IReadOnlyList<FigureTable.Row> TaxRows => report is not { Today.Tax: var t, DayBefore.Tax: var b } ? [] :
    [
        new(R["TerminalsRed"], N(t.Red), N(b.Red)),
        new(R["TerminalsRed3"], N(t.RedThreeDays), N(b.RedThreeDays)),
        new(R["Turnover"], Rp(t.Turnover), Rp(b.Turnover)),
        new(R["Pbjt"], Rp(t.Tax), Rp(b.Tax)),
        new(R["Findings"], N(t.Findings), N(b.Findings)),
        new(R["Letters"], N(t.Letters), N(b.Letters)),
    ];

    private IReadOnlyList<FigureTable.Row> ComplaintRows => report is not { Today.Complaints: var t, DayBefore.Complaints: var b } ? [] :
    [
        new(R["New"], N(t.New), N(b.New)),
        new(R["VerifiedInTime"], $"{N(t.VerifiedInTime)} / {N(t.Verified)}", $"{N(b.VerifiedInTime)} / {N(b.Verified)}"),
        new(R["Overdue"], N(t.Overdue), N(b.Overdue)),
        new(R["Closed"], N(t.Closed), N(b.Closed)),
        new(R["Repeats"], N(t.Repeats), N(b.Repeats)),
    ];

    private static string N(int n) => n.ToString(CultureInfo.CurrentCulture);

    private static string Rp(decimal amount) => "Rp " + amount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
}
