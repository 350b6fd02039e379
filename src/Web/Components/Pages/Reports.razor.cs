using System.Collections.Immutable;
using System.Globalization;
using AmbonCC.Platform;
using AmbonCC.Reports;
using AmbonCC.Web.Live;
using AmbonCC.Web.Reports;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Components.Pages;

/// <summary>
/// The archive of daily reports, live (a report generated anywhere adds its line: <see cref="ReportArchived"/>);
/// Supervisors and Admins generate one on demand; the Admin sets who receives it by e-mail.
/// </summary>
public partial class Reports
{
    private const int Shown = 60;
    private LiveView? live;
    private ImmutableArray<ReportSummary> reports = [];
    private bool canGenerate;
    private bool busy;
    private string date = "";
    private string? message;
    private string? opd;
    private string user = "?";

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var principal = (await Auth).User;
        canGenerate = AccessPolicies.Allows(principal, AccessPolicies.GenerateReports);
        opd = ReportAccess.EditionFor(principal, null).Opd;
        user = principal.Identity?.Name ?? "?";
        date = ReportSchedule.IdOf(new ReportSchedule(CityTime).LatestDue(Time.GetUtcNow()));
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<ReportArchived>(evt => Apply(evt.Summary));
        await live.StartAsync(LoadAsync);
    }

    private async Task LoadAsync() => reports = await Grains.GetGrain<IReportArchiveGrain>(CityKeys.City).ListAsync(Shown);

    /// <summary>Adds or replaces the report's line, newest first, as the archive grain orders it.</summary>
    private void Apply(ReportSummary summary) =>
        reports = [.. reports.Where(r => r.Id != summary.Id).Append(summary).OrderByDescending(r => r.Id, StringComparer.Ordinal).Take(Shown)];

    public ValueTask DisposeAsync() => live?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task GenerateAsync()
    {
        var latest = new ReportSchedule(CityTime).LatestDue(Time.GetUtcNow());
        if (!ReportSchedule.TryParseId(date.Trim(), out var day) || day > latest || day < latest.AddDays(-ReportEndpoints.MaxDaysBack))
        {
            message = R["DateInvalid"];
            return;
        }

        busy = true;
        try
        {
            var report = await Grains.GetGrain<IDailyReportGrain>(ReportSchedule.IdOf(day)).GenerateAsync(user);
            message = string.Format(CultureInfo.CurrentCulture, R["Generated"], report.Id);
            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private string Local(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " " + CityTime.Label;
}
