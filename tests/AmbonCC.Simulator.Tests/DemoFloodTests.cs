using System.Net;
using System.Text;
using AmbonCC.Simulator.Config;
using AmbonCC.Simulator.Gauges;
using AmbonCC.Simulator.Http;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.Simulator.Tests;

/// <summary>The demo shows its point quickly, and a restarted simulator continues from the river's real level.</summary>
public sealed class DemoFloodTests
{
    private const string FloodGauge = "PDA-BATUMERAH-1";

    /// <summary>The simulator options scripts/run.sh passes by default.</summary>
    private static readonly string[] RunShArgs =
        ["--scenario", "flash-flood", "--flood-every", "120", "--flood-at", "0.25", "--flood-pace", "10", "--interval", "20"];

    // The seed's highest upstream Siaga 3 (90 + up to 20 cm): the slowest case for the demo.
    private static readonly GaugeSpec Upstream = new(FloodGauge, "Wai Batu Merah", 110, 160, 210, Downstream: false);

    [Fact]
    public void With_run_sh_defaults_the_flood_gauge_reports_siaga_3_within_three_minutes_of_the_start()
    {
        var options = SimulatorOptions.Parse(RunShArgs);
        var (scenario, clock, time) = Start(options, Upstream);
        var follower = scenario.FollowerFor(Upstream);
        var random = new Random(11);

        var firstAtSiaga3 = Enumerable.Range(0, 60)
            .Select(_ =>
            {
                var level = scenario.Sample(Upstream, clock.SimulatedNow, clock.Elapsed, random, follower).LevelCm;
                var at = clock.Elapsed;
                time.Advance(clock.Real(options.Interval));
                return (at, level);
            })
            .First(r => r.level >= Upstream.Siaga3Cm).at;

        Assert.True(firstAtSiaga3 <= TimeSpan.FromMinutes(3), $"Siaga 3 first reported at {firstAtSiaga3}");
    }

    [Fact]
    public void A_restart_continues_from_the_level_the_server_holds_instead_of_jumping_to_the_baseline()
    {
        // A quiet river by the scenario, but the server last stored 185 cm: the flood the previous run played.
        var options = SimulatorOptions.Parse(["--flood-pace", "10", "--interval", "20"]);
        var inFlood = Upstream with { LevelCm = 185 };
        var (scenario, clock, time) = Start(options, inFlood);
        var follower = scenario.FollowerFor(inFlood);
        var random = new Random(5);
        var maxFallPerReading = FlashFlood.FallCmPerMinute * options.FloodPace * options.Interval.TotalMinutes;

        var previous = inFlood.LevelCm!.Value;
        for (var i = 0; i < 30; i++)
        {
            var level = scenario.Sample(inFlood, clock.SimulatedNow, clock.Elapsed, random, follower).LevelCm;
            // Up to a centimetre of sensor noise on either reading, on top of the river's own recession.
            Assert.True(previous - level <= maxFallPerReading + 2, $"reading {i} fell from {previous} to {level} cm");
            previous = level;
            time.Advance(clock.Real(options.Interval));
        }

        Assert.InRange(previous, 0.3 * Upstream.Siaga3Cm - 1, 0.6 * Upstream.Siaga3Cm + 1);
    }

    [Fact]
    public void A_gauge_that_never_reported_starts_on_the_scenario()
    {
        var follower = new LevelFollower(null, 4, 2.5);
        Assert.Equal(44.0, follower.Next(44, TimeSpan.FromMinutes(1)));
        Assert.Equal(48.0, follower.Next(60, TimeSpan.FromMinutes(1)));
        Assert.Equal(45.5, follower.Next(10, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task The_level_to_continue_from_is_read_from_the_gauge_list_on_start()
    {
        const string body = """
            [{"code": "PDA-BATUMERAH-1", "name": "PDA Wai Batu Merah Hulu", "riverName": "Wai Batu Merah", "band": "Siaga2",
              "levelCm": 187.5, "thresholds": {"siaga3Cm": 100, "siaga2Cm": 150, "siaga1Cm": 200}},
             {"code": "PDA-TOMU-1", "name": "PDA Wai Tomu Tengah", "riverName": "Wai Tomu", "levelCm": null}]
            """;
        using var http = new HttpClient(new Canned(body));
        var api = new ApiClient(http, new Uri("http://127.0.0.1:5080"));

        var specs = await GaugeDirectory.SpecsAsync(api, "key", ["PDA-BATUMERAH-1", "PDA-TOMU-1"], CancellationToken.None);

        Assert.Equal(187.5, specs[0].LevelCm);
        Assert.Null(specs[1].LevelCm);
    }

    private static (RiverScenario Scenario, SimClock Clock, FakeTimeProvider Time) Start(SimulatorOptions options, GaugeSpec gauge)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9)));
        var clock = new SimClock(time, options.Speed);
        var schedule = new FloodSchedule(options.FloodEnabled, options.FirstFlood, options.FloodEvery);
        return (new RiverScenario([gauge], options.FloodGauge, schedule, options.Interval, options.FloodPace), clock, time);
    }

    private sealed class Canned(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
