using System.Globalization;
using AmbonCC.City;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Live;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>Today's figures, the ranked anomaly queue and every terminal green/red, live from the tax register.</summary>
public partial class TaxPage
{
    private List<TerminalStatusChanged>? terminals;
    private Dictionary<string, int> rowOf = new(StringComparer.Ordinal);
    private bool totalsStale;
    private List<TaxpayerChanged>? queue;
    private TaxTotals? totals;
    private IReadOnlyDictionary<string, Kelurahan> kelurahan = new Dictionary<string, Kelurahan>();
    private string search = "";
    private bool canAct;
    private LiveView? live;

    [Inject] private TaxDesk Desk { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IOptions<TaxRuleOptions> Rules { get; set; } = default!;
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
        var register = await Desk.RegisterAsync();
        terminals = [.. register.Terminals];
        rowOf = terminals.Select((row, index) => (row.Status.Serial, index)).ToDictionary(p => p.Serial, p => p.index, StringComparer.Ordinal);
        queue = [.. register.Queue];
        totals = register.Totals;
        totalsStale = false;
    }

    // The events carry the rows: the tables change in place, no grain is asked again; a row is found by its serial,
    // not by a scan (a city of Jakarta's size has tens of thousands of rows and thousands of events a second).
    private void Apply(TerminalStatusChanged evt)
    {
        if (terminals is null)
        {
            return;
        }

        if (rowOf.TryGetValue(evt.Status.Serial, out var index))
        {
            if (terminals[index].At > evt.At)
            {
                return;
            }

            terminals[index] = evt;
        }
        else
        {
            rowOf[evt.Status.Serial] = terminals.Count;
            terminals.Add(evt);
        }

        totalsStale = true;
    }

    /// <summary>The figures of the rows as they are now: summed when the page is drawn (a few times a second at most), not per event.</summary>
    private TaxTotals? Totals()
    {
        if (totalsStale && terminals is not null)
        {
            totals = TaxTotalsRule.Of(terminals, Time.GetUtcNow(), CityTime, Rules.Value.RedEscalation);
            totalsStale = false;
        }

        return totals;
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
            queue.Add(evt);
            queue.Sort((a, b) => b.Score.CompareTo(a.Score));
        }
    }

    private string L(string key) => TaxT[key];

    /// <summary>A row reported on an earlier city day has recorded nothing today yet.</summary>
    private decimal TodayOf(TerminalStatusChanged row) => CityTime.DayOf(row.At) == CityTime.DayOf(Time.GetUtcNow()) ? row.Status.TodayTurnover : 0m;

    private bool Matches(TerminalStatusChanged row) => search.Length == 0
        || row.Status.Outlet.Contains(search, StringComparison.OrdinalIgnoreCase) || row.Status.Npwpd.Contains(search, StringComparison.OrdinalIgnoreCase)
        || row.Status.Serial.Contains(search, StringComparison.OrdinalIgnoreCase);

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
