using AmbonCC.Simulator.Config;

namespace AmbonCC.Simulator.Tests;

public sealed class OptionsTests
{
    private static SimulatorOptions Parse(string[] args, Dictionary<string, string>? environment = null) =>
        SimulatorOptions.Parse(args, name => environment?.GetValueOrDefault(name));

    [Fact]
    public void Defaults_match_the_run_script()
    {
        var options = Parse([]);
        Assert.Equal(Mode.City, options.Mode);
        Assert.Equal(new Uri("http://127.0.0.1:5080"), options.BaseUrl);
        Assert.Equal(new Uri("http://127.0.0.1:5090/gateway/messages"), options.Webhook);
        Assert.Equal(0.8, options.AckShare);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Interval);
        Assert.False(options.FloodEnabled);
    }

    [Fact]
    public void Load_mode_reads_gauges_as_a_count()
    {
        var options = Parse(["--load", "--gauges", "200", "--rate", "1000"]);
        Assert.Equal((Mode.Load, 200, 1000.0), (options.Mode, options.LoadGaugeCount, options.Rate));
    }

    [Fact]
    public void City_mode_reads_gauges_as_codes_and_the_flood_options()
    {
        var options = Parse(["--gauges", "PDA-BATUMERAH-1, PDA-RUHU-1", "--scenario", "flash-flood", "--speed=20", "--webhook-port", "6000"]);
        Assert.Equal(["PDA-BATUMERAH-1", "PDA-RUHU-1"], options.GaugeCodes);
        Assert.True(options.FloodEnabled);
        Assert.Equal(TimeSpan.FromMinutes(2), options.FirstFlood);
        Assert.Equal(20, options.Speed);
        Assert.Equal(6000, options.Webhook.Port);
    }

    [Fact]
    public void A_periodic_flood_first_comes_after_one_period()
    {
        var options = Parse(["--flood-every", "120"]);
        Assert.True(options.FloodEnabled);
        Assert.Equal(TimeSpan.FromMinutes(120), options.FirstFlood);
    }

    [Fact]
    public void The_environment_fills_in_and_the_command_line_wins()
    {
        var environment = new Dictionary<string, string> { ["AMBONCC_SIM_BASE_URL"] = "http://10.0.0.5:8080", ["AMBONCC_SIM_ACK_SHARE"] = "0.5", ["AMBONCC_SIM_NO_GATEWAY"] = "1" };
        var options = Parse(["--ack-share", "0.25"], environment);
        Assert.Equal(new Uri("http://10.0.0.5:8080"), options.BaseUrl);
        Assert.Equal(0.25, options.AckShare);
        Assert.False(options.Gateway);
    }

    [Theory]
    [InlineData("--speed", "0")]
    [InlineData("--ack-share", "1.5")]
    [InlineData("--scenario", "tsunami")]
    [InlineData("--base-url", "not a url")]
    [InlineData("--batch", "501")]
    [InlineData("--frobnicate", "1")]
    public void Bad_options_are_refused(string name, string value) =>
        Assert.Throws<ArgumentException>(() => Parse([name, value]));
}
