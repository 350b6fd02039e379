using System.Security.Claims;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Live;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>One taxpayer: daily turnover, findings with evidence, the case with its letters and trail, SPTPD, receipts.</summary>
public partial class TaxpayerPage
{
    private TaxpayerView? view;
    private bool loaded;
    private bool canAct;
    private string officer = "?";
    private List<TurnoverDay> days = [];
    private IReadOnlyList<TaxReceipt> receipts = [];
    private CaseAction action = CaseAction.FieldCheck;
    private string note = "";
    private bool outletClosed;
    private string? message;
    private string period = "";
    private decimal declaredTurnover;
    private decimal declaredTax;
    private LiveView? live;

    [Parameter] public string Npwpd { get; set; } = "";

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        canAct = AccessPolicies.Allows(user, AccessPolicies.TaxEnforcement);
        officer = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "?";
        period = CityTime.Today.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        // This page shows findings with their evidence, the case trail and letters: more than the event's row, so a
        // change of this taxpayer reloads its view (one grain call); other taxpayers' events are ignored.
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<TaxpayerChanged>(evt => evt.Npwpd == Npwpd ? LoadAsync() : Task.CompletedTask);
        await live.StartAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        view = await Grains.GetGrain<ITaxpayerGrain>(Npwpd).GetViewAsync();
        loaded = true;
        if (view is not null)
        {
            var from = CityTime.Today.AddDays(-56);
            var hours = new List<HourFigures>();
            var recent = new List<TaxReceipt>();
            foreach (var serial in view.Terminals)
            {
                hours.AddRange(await Grains.GetGrain<ITaxTerminalGrain>(serial).GetHoursAsync(from));
                recent.AddRange(await Grains.GetGrain<ITaxReceiptsGrain>(ITaxReceiptsGrain.Any).GetRecentAsync(serial, 20));
            }

            receipts = [.. recent.OrderByDescending(r => r.Transaction.IssuedAt).Take(20)];

            var daily = hours.GroupBy(h => DateOnly.FromDateTime(h.LocalHour)).ToDictionary(g => g.Key, g => g.Sum(h => h.Turnover));
            days = TurnoverSeries.Build(daily, CityTime.Today.AddDays(-27), CityTime.Today);
        }
    }

    private async Task ActAsync()
    {
        message = null;
        try
        {
            await Grains.GetGrain<ITaxpayerGrain>(Npwpd).ActAsync(new CaseStep(action, officer, note, outletClosed));
            note = "";
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            message = ex.Message;
        }

        await LoadAsync();
    }

    private async Task DeclareAsync()
    {
        message = null;
        try
        {
            await Grains.GetGrain<ITaxpayerGrain>(Npwpd).DeclareSptpdAsync(period, declaredTurnover, declaredTax, officer);
        }
        catch (ArgumentException ex)
        {
            message = ex.Message;
        }

        await LoadAsync();
    }

    private string L(string key) => TaxT[key];

    public async ValueTask DisposeAsync()
    {
        if (live is not null)
        {
            await live.DisposeAsync();
        }
    }
}
