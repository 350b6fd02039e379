using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Web.Security;
using AmbonCC.Web.Components.Rivers;
using AmbonCC.Web.Live;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

public enum ChartRange { Live3h, Week }

public partial class Rivers
{
    private List<GaugeStatus>? gauges;
    private IReadOnlyDictionary<string, Kelurahan> kelurahan = new Dictionary<string, Kelurahan>();
    private string? selectedCode;
    private ChartRange range = ChartRange.Live3h;
    private List<ChartPoint> points = [];
    private DateTimeOffset chartFrom, chartTo;
    private bool canEdit;
    private string userName = "?";
    private LiveView? live;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    /// <summary>Lets other pages (a warning, an incident) link straight to one gauge: /rivers?gauge=CODE.</summary>
    [SupplyParameterFromQuery(Name = "gauge")] public string? GaugeQuery { get; set; }

    private GaugeStatus? Selected => gauges?.Find(g => g.Code == selectedCode);

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        userName = user.Identity?.Name ?? "?";
        canEdit = AccessPolicies.Allows(user, AccessPolicies.EditThresholds);
        kelurahan = await Catalog.KelurahanAsync();
        live = new LiveView(Hub, InvokeAsync, StateHasChanged)
            .On<GaugeLevelChanged>(OnReading)
            .On<GaugeThresholdsChanged>(e => Replace(e.Status));
        await live.StartAsync(async () => gauges = await Catalog.GaugeStatusesAsync());
        if (GaugeQuery is { } code && gauges!.Exists(g => g.Code == code))
        {
            await SelectAsync(code);
        }
    }

    private void OnReading(GaugeLevelChanged evt)
    {
        var index = gauges?.FindIndex(g => g.Code == evt.Code) ?? -1;
        if (index < 0)
        {
            return;
        }

        gauges![index] = evt.ApplyTo(gauges[index]);
        if (evt.Code == selectedCode && range == ChartRange.Live3h)
        {
            AppendLivePoint(gauges[index]);
        }
    }

    private void Replace(GaugeStatus status)
    {
        var index = gauges?.FindIndex(g => g.Code == status.Code) ?? -1;
        if (index >= 0)
        {
            gauges![index] = status;
        }
    }

    private void AppendLivePoint(GaugeStatus gauge)
    {
        if (gauge is not { ObservedAt: { } at, LevelCm: { } level } || (points.Count > 0 && at <= points[^1].At))
        {
            return;
        }

        points.Add(new ChartPoint(at, level));
        chartTo = Max(Time.GetUtcNow(), at);
        chartFrom = chartTo - GaugeHistory.LiveWindow;
        points.RemoveAll(p => p.At < chartFrom);
    }

    private async Task SelectAsync(string code)
    {
        if (code != selectedCode)
        {
            // Never show one gauge's history under another's name while the new one loads.
            points = [];
        }

        selectedCode = code;
        await LoadChartAsync();
    }

    private async Task RowClickedAsync(TableRowClickEventArgs<GaugeStatus> args)
    {
        if (args.Item is { } row)
        {
            await SelectAsync(row.Code);
        }
    }

    private Task RangeChangedAsync(ChartRange value) => LoadChartAsync(value);

    private Task LoadChartAsync() => LoadChartAsync(range);

    /// <summary>
    /// Reads first and switches range, window and points together afterwards, so that no render in between shows
    /// one range's points on the other's axis.
    /// </summary>
    private async Task LoadChartAsync(ChartRange newRange)
    {
        if (selectedCode is not { } code)
        {
            range = newRange;
            return;
        }

        var history = newRange == ChartRange.Live3h
            ? await GaugeHistory.LiveAsync(Grains.GetGrain<IGaugeHistoryGrain>(IGaugeHistoryGrain.Any), code, Time.GetUtcNow())
            : await GaugeHistory.WeekAsync(Grains.GetGrain<IGaugeHistoryGrain>(IGaugeHistoryGrain.Any), code, Time.GetUtcNow());
        (range, chartFrom, chartTo, points) = (newRange, history.From, history.To, history.Points);
    }

    private void OnThresholdsSaved(GaugeStatus status) => Replace(status);

    private string RowClass(GaugeStatus row, int index) =>
        "cursor-pointer" + (row.Code == selectedCode ? " mud-selected-item" : "");

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    public ValueTask DisposeAsync()
    {
        return live?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
