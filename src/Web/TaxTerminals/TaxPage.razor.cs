using System.Globalization;
using AmbonCC.City;
using AmbonCC.Live;
using AmbonCC.Platform;
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
    private IReadOnlyList<AnomalyRow>? queue;
    private TaxTotals? totals;
    private IReadOnlyDictionary<string, Kelurahan> kelurahan = new Dictionary<string, Kelurahan>();
    private string search = "";
    private bool canAct;
    private IDisposable? subscription;
    private DateTimeOffset lastQueueLoad;

    [Inject] private TaxDesk Desk { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Subscribe before loading the snapshot so that nothing that changes in between is missed.
        subscription = Hub.Subscribe(LiveStreamIds.Tax, OnLiveEventAsync);
        canAct = AccessPolicies.Allows((await Auth).User, AccessPolicies.TaxEnforcement);
        kelurahan = await Catalog.KelurahanAsync();
        terminals = [.. await Desk.TerminalsAsync()];
        totals = TaxDesk.Totals(terminals);
        queue = await Desk.QueueAsync();
        lastQueueLoad = Time.GetUtcNow();
    }

    private Task OnLiveEventAsync(LiveEvent evt) => InvokeAsync(async () =>
    {
        if (evt.Kind == "terminal" && terminals is not null)
        {
            var index = terminals.FindIndex(t => t.Serial == evt.SubjectId);
            if (index >= 0 && await Grains.GetGrain<ITaxTerminalGrain>(evt.SubjectId).GetStatusAsync() is { } fresh)
            {
                terminals[index] = fresh;
                totals = TaxDesk.Totals(terminals);
            }
        }
        else if (Time.GetUtcNow() - lastQueueLoad > TimeSpan.FromSeconds(5))
        {
            // Findings and case steps re-rank the queue; at most one reload per five seconds.
            lastQueueLoad = Time.GetUtcNow();
            queue = await Desk.QueueAsync();
        }

        StateHasChanged();
    });

    private static string L(string key) => TaxTexts.Get(key);

    private bool Matches(TerminalStatus t) => search.Length == 0
        || t.Outlet.Contains(search, StringComparison.OrdinalIgnoreCase) || t.Npwpd.Contains(search, StringComparison.OrdinalIgnoreCase)
        || t.Serial.Contains(search, StringComparison.OrdinalIgnoreCase);

    private string KelurahanName(string code) => kelurahan.TryGetValue(code, out var k) ? k.Name : code;

    internal static string Rp(decimal value) => decimal.Round(value, 0).ToString("N0", CultureInfo.GetCultureInfo("id-ID"));

    internal static string Local(DateTimeOffset? at) =>
        at is { } a ? Wit.ToLocal(a).ToString("dd/MM HH:mm 'WIT'", CultureInfo.InvariantCulture) : "-";

    public ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
