using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>
/// Journey 2 in a cluster: a terminal that goes silent while its outlet is open turns red by itself (its reminder
/// wakes it), the taxpayer gets a device-off finding and the incident queue an alarm; a heartbeat turns it green
/// and clears the alarm. Thresholds are seconds here so that the test waits seconds, not half an hour.
/// </summary>
public sealed class TerminalPresenceTests : IAsyncLifetime
{
    private readonly InProcessTestCluster cluster = new InProcessTestClusterBuilder(1)
        .ConfigureSilo((_, silo) =>
        {
            MemorySilo.Configure(silo);
            silo.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.Services.Configure<TaxRuleOptions>(o =>
            {
                o.SilentWhileOpen = TimeSpan.FromSeconds(2);
                o.WatchPeriod = TimeSpan.FromSeconds(1);
            });
        })
        .Build();

    public Task InitializeAsync() => cluster.DeployAsync();

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task A_terminal_silent_while_open_turns_red_with_a_finding_and_an_alarm_and_a_heartbeat_turns_it_green()
    {
        var grains = cluster.Client;
        var serial = "SILENT-" + Guid.NewGuid().ToString("N")[..8];
        var npwpd = "P.9.S." + serial;
        var allDay = Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59))).ToArray();
        var profile = new RestaurantProfile(npwpd, "Rumah Makan X", RestaurantKind.RumahMakan, "Jl. Uji", "81.71.01.1006", -3.69, 128.18, serial, [.. allDay], 170);
        var terminal = grains.GetGrain<ITaxTerminalGrain>(serial);
        await terminal.RegisterAsync(profile);

        Assert.Equal(TerminalHealth.Green, (await terminal.HeartbeatAsync(null)).Health);

        var red = await Eventually.SucceedsAsync(terminal.GetStatusAsync, TimeSpan.FromSeconds(30), s => s!.Health == TerminalHealth.Red, "the silent terminal turning red");
        Assert.NotNull(red!.RedSince);
        var alarm = grains.GetGrain<IAlarmGrain>(AlarmKeys.For("terminal:" + serial, "device_off"));
        await Eventually.SucceedsAsync(alarm.GetAsync, TimeSpan.FromSeconds(30), a => a is { Active: true }, "a device-off alarm");
        var view = await Eventually.SucceedsAsync(() => grains.GetGrain<ITaxpayerGrain>(npwpd).GetViewAsync(), TimeSpan.FromSeconds(30),
            v => v!.Findings.Any(f => f.Kind == FindingKind.DeviceOff), "a device-off finding on the taxpayer");
        Assert.Equal(TaxpayerStanding.InCase, view!.Standing);
        // The terminal reported its red row to its kecamatan's register, which the Tax page and the lists read.
        Task<TaxRegisterView> Register() => TaxRegisters.ReadAsync(grains);
        await Eventually.SucceedsAsync(Register, TimeSpan.FromSeconds(30),
            v => v.Terminals.Any(r => r.Status.Serial == serial && r.Status.Health == TerminalHealth.Red) && v.Totals.Red >= 1
                && v.Queue.Any(q => q.Npwpd == npwpd), "the register's red row and the taxpayer in its queue");

        // The device is back and keeps beating (faster than the test's 2 s silence threshold).
        using var stop = new CancellationTokenSource();
        var beating = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await terminal.HeartbeatAsync(null);
                await Task.Delay(300, CancellationToken.None);
            }
        });
        await Eventually.SucceedsAsync(alarm.GetAsync, TimeSpan.FromSeconds(30), a => a is { Active: false }, "the alarm cleared by the heartbeats");
        Assert.Equal(TerminalHealth.Green, (await terminal.GetStatusAsync())!.Health);
        await Eventually.SucceedsAsync(Register, TimeSpan.FromSeconds(30),
            v => v.Terminals.Any(r => r.Status.Serial == serial && r.Status.Health == TerminalHealth.Green), "the register's row green again");
        await stop.CancelAsync();
        await beating;
    }
}
