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
        queue = [.. register.Queue];
        totals = register.Totals;
    }

    // The events carry the rows: the tables and the figures change in place, no grain is asked again.
    private void Apply(TerminalStatusChanged evt)
    {
        if (terminals is null)
        {
            return;
        }

        var index = terminals.FindIndex(t => t.Status.Serial == evt.Status.Serial);
        if (index >= 0 && terminals[index].At > evt.At)
        {
            return;
        }

        if (index >= 0)
        {
            terminals[index] = evt;
        }
        else
        {
            terminals.Add(evt);
        }

        totals = TaxTotalsRule.Of(terminals, Time.GetUtcNow(), CityTime, Rules.Value.RedEscalation);
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
