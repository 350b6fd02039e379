using System.Security.Claims;
using AmbonCC.Live;
using AmbonCC.Platform;
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
    private List<(DateOnly Day, decimal Amount)> days = [];
    private IReadOnlyList<StoredTaxTransaction> receipts = [];
    private CaseAction action = CaseAction.FieldCheck;
    private string note = "";
    private bool outletClosed;
    private string? message;
    private string period = "";
    private decimal declaredTurnover;
    private decimal declaredTax;
    private IDisposable? subscription;

    [Parameter] public string Npwpd { get; set; } = "";

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private ITaxTransactionLedger Ledger { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        subscription = Hub.Subscribe(LiveStreamIds.Tax, evt => evt.SubjectId == Npwpd ? InvokeAsync(LoadAsync) : Task.CompletedTask);
        var user = (await Auth).User;
        canAct = AccessPolicies.Allows(user, AccessPolicies.TaxEnforcement);
        officer = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "?";
        period = Wit.ToLocal(Time.GetUtcNow()).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        view = await Grains.GetGrain<ITaxpayerGrain>(Npwpd).GetViewAsync();
        loaded = true;
        if (view is not null)
        {
            var from = Wit.Day(Time.GetUtcNow()).AddDays(-56);
            var hours = new List<HourFigures>();
            foreach (var serial in view.Terminals)
            {
                hours.AddRange(await Grains.GetGrain<ITaxTerminalGrain>(serial).GetHoursAsync(from));
                receipts = await Ledger.ReadRecentAsync(serial, 20);
            }

            days = [.. hours.GroupBy(h => DateOnly.FromDateTime(h.LocalHour)).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(h => h.Turnover)))];
        }

        StateHasChanged();
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

    private double Width(decimal amount)
    {
        var max = days.Count == 0 ? 1m : Math.Max(1m, days.Max(d => d.Amount));
        return (double)(Math.Max(0m, amount) / max) * 260;
    }

    private static string L(string key) => TaxTexts.Get(key);

    public ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
