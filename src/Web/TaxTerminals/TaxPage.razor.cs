using System.Globalization;
using AmbonCC.City;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Live;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>Today's figures, the ranked anomaly queue and every terminal green/red, live.</summary>
public partial class TaxPage
{
    private List<TerminalStatus>? terminals;
    private List<AnomalyRow>? queue;
    private TaxTotals? totals;
    private IReadOnlyDictionary<string, Kelurahan> kelurahan = new Dictionary<string, Kelurahan>();
    private string search = "";
    private bool canAct;
    private LiveView? live;

    [Inject] private TaxDesk Desk { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        canAct = AccessPolicies.Allows((await Auth).User, AccessPolicies.TaxEnforcement);
        kelurahan = await Catalog.KelurahanAsync();
        live = new LiveView(Hub, InvokeAsync, StateHasChanged)
            .On<TerminalStatusChanged>(Apply)
            .On<TaxpayerChanged>(Apply);
        await live.StartAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        terminals = [.. await Desk.TerminalsAsync()];
        totals = TaxDesk.Totals(terminals);
        queue = [.. await Desk.QueueAsync()];
    }

    // The events carry the rows: the tables change in place, no grain is asked again.
    private void Apply(TerminalStatusChanged evt)
    {
        var index = terminals?.FindIndex(t => t.Serial == evt.Status.Serial) ?? -1;
        if (index >= 0)
        {
            terminals![index] = evt.Status;
            totals = TaxDesk.Totals(terminals);
        }
    }

    private void Apply(TaxpayerChanged evt)
    {
        if (queue is null)
        {
            return;
        }

        queue.RemoveAll(r => r.Npwpd == evt.Npwpd);
        if (evt.Queued)
        {
            queue.Add(new AnomalyRow(evt.Npwpd, evt.Name, evt.KelurahanCode, evt.Score, evt.Stage, evt.Overdue, evt.Findings, evt.TopFinding));
            queue.Sort((a, b) => b.Score.CompareTo(a.Score));
        }
    }

    private string L(string key) => TaxT[key];

    private bool Matches(TerminalStatus t) => search.Length == 0
        || t.Outlet.Contains(search, StringComparison.OrdinalIgnoreCase) || t.Npwpd.Contains(search, StringComparison.OrdinalIgnoreCase)
        || t.Serial.Contains(search, StringComparison.OrdinalIgnoreCase);

    private string KelurahanName(string code) => kelurahan.TryGetValue(code, out var k) ? k.Name : code;

    internal static string Rp(decimal value) => decimal.Round(value, 0).ToString("N0", CultureInfo.GetCultureInfo("id-ID"));

    /// <summary>An instant in city time, e.g. "01/12 14:05 WIT".</summary>
    internal static string Local(CityClock clock, DateTimeOffset? at) =>
        at is { } a ? clock.ToCityTime(a).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture) + " " + clock.Label : "-";

    private string Local(DateTimeOffset? at) => Local(CityTime, at);

    public async ValueTask DisposeAsync()
    {
        if (live is not null)
        {
            await live.DisposeAsync();
        }
    }
}
