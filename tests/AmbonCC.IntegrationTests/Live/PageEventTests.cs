using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Reports;
using AmbonCC.Shifts;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Live;

/// <summary>
/// The typed events that keep /shifts and /reports live reach the web process's live hub from the grains, carrying
/// the state the page applies (no page re-queries), and stay off the Server-Sent Events families.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageEventTests(WebAppFixture app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private LiveHub Hub => app.Services.GetRequiredService<LiveHub>();

    [Fact]
    public async Task Another_operators_start_and_end_arrive_as_the_new_roster()
    {
        var other = "op-" + Guid.NewGuid().ToString("N")[..8];
        var started = new TaskCompletionSource<ShiftRosterChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource<ShiftRosterChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Hub.Subscribe<ShiftRosterChanged>(evt =>
        {
            if (evt.Roster.OnShift.Any(s => s.Operator == other))
            {
                started.TrySetResult(evt);
            }
            else if (evt.Roster.Recent.Any(s => s.Operator == other && !s.IsOpen))
            {
                ended.TrySetResult(evt);
            }

            return Task.CompletedTask;
        });
        var roster = app.Grains.GetGrain<IShiftRosterGrain>(CityKeys.City);

        var shift = await roster.StartAsync(other, null);
        Assert.Equal("started", (await started.Task.WaitAsync(Wait)).Kind);
        await roster.EndAsync(other, "handover note");
        var after = await ended.Task.WaitAsync(Wait);

        Assert.Equal("ended", after.Kind);
        Assert.Equal("handover note", Assert.Single(after.Roster.Recent, s => s.Id == shift.Id).Note);
        Assert.False(typeof(IIncidentEvent).IsAssignableFrom(typeof(ShiftRosterChanged)), "Shift rosters must not reach the incidents' SSE readers.");
    }

    [Fact]
    public async Task A_report_entering_the_archive_arrives_as_its_line()
    {
        // A date long past: the archive lists newest first, so this line never shows among the real ones.
        var id = $"19{Random.Shared.Next(10, 99)}-0{Random.Shared.Next(1, 9)}-{Random.Shared.Next(10, 28)}";
        var archived = new TaskCompletionSource<ReportArchived>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Hub.Subscribe<ReportArchived>(evt =>
        {
            if (evt.Summary.Id == id)
            {
                archived.TrySetResult(evt);
            }

            return Task.CompletedTask;
        });
        var at = new DateTimeOffset(1950, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var summary = new ReportSummary(id, new ReportWindow(at, at.AddDays(1)), at.AddDays(1), 3);

        await app.Grains.GetGrain<IReportArchiveGrain>(CityKeys.City).RecordAsync(summary);

        Assert.Equal(summary, (await archived.Task.WaitAsync(Wait)).Summary);
        Assert.False(typeof(IOverviewEvent).IsAssignableFrom(typeof(ReportArchived)), "Report lines must not reach the overview's SSE readers.");
    }
}
