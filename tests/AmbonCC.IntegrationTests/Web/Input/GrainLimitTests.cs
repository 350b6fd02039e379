using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using AmbonCC.Warnings;

namespace AmbonCC.IntegrationTests.Web.Input;

/// <summary>An Orleans client (an agency's .NET system) is held to the same limits as the HTTP API.</summary>
[Collection(WebCollection.Name)]
public sealed class GrainLimitTests(WebAppFixture app)
{
    private static readonly string TenMb = new('x', 10 * 1024 * 1024);

    [Fact]
    public async Task An_alarm_note_of_10_mb_is_refused_by_the_grain()
    {
        var source = "gauge:IN-" + Guid.NewGuid().ToString("N")[..8];
        var alarm = app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For(source, "siaga"));
        await alarm.RaiseAsync(new AlarmRaise(source, "siaga", AlarmSeverity.Minor, "Siaga 3", new Dictionary<string, string>(), AlarmArea.None, null, DateTimeOffset.UtcNow));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => alarm.AcknowledgeAsync("in.operator", TenMb));

        Assert.Equal("note", refused.ParamName);
        Assert.False((await alarm.GetAsync())!.Acknowledged);
    }

    [Fact]
    public async Task A_warning_reason_over_the_limit_is_refused_by_the_grain()
    {
        var warning = app.Grains.GetGrain<IFloodWarningGrain>("in-" + Guid.NewGuid().ToString("N")[..8]);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => warning.RejectAsync("in.supervisor", new string('r', TextLimits.Reason + 1)));
        Assert.Equal("reason", refused.ParamName);
    }

    [Theory]
    [InlineData(42, "Ibu Uji", "role")]
    [InlineData(-1, "Ibu Uji", "role")]
    [InlineData(2, "LONG", "name")]
    public async Task A_recipient_with_a_role_out_of_range_or_a_long_name_is_refused_by_the_grain(int role, string name, string field)
    {
        var id = "in-" + Guid.NewGuid().ToString("N")[..8];
        var recipient = new Recipient(id, name == "LONG" ? TenMb : name, "", (RecipientRole)role, ApiRequests.Kelurahan, null, null, null,
            new RecipientChannels(null, "+6281234567890", null));
        var list = app.Grains.GetGrain<IRecipientListGrain>(ApiRequests.Kelurahan);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => list.RegisterAsync(recipient));

        Assert.Equal(field, refused.ParamName);
        Assert.Null(await list.GetProfileAsync(id));
    }

    [Fact]
    public async Task A_gauge_name_over_the_limit_is_refused_by_the_grain()
    {
        var code = "IN-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var profile = new GaugeProfile(code, TenMb, "Sungai Uji", ApiRequests.Kelurahan, -3.69, 128.18, [ApiRequests.Kelurahan], GaugeThresholds.Default);
        var gauge = app.Grains.GetGrain<IRiverGaugeGrain>(code);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => gauge.RegisterAsync(profile));

        Assert.Equal("name", refused.ParamName);
        Assert.Null(await gauge.GetProfileAsync());
    }

    [Theory]
    [InlineData("guage:PDA-1")]
    [InlineData("opd")]
    [InlineData("opd:")]
    [InlineData("opd:BP BD")]
    [InlineData("LONG")]
    public async Task An_api_key_subject_of_an_unknown_kind_or_shape_is_refused_by_the_grain(string subject)
    {
        var key = app.Grains.GetGrain<IApiKeyGrain>("acc_" + Guid.NewGuid().ToString("N")[..16]);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            key.IssueAsync(new string('0', 64), subject == "LONG" ? "opd:" + TenMb : subject, ApiScopes.Opd, "test"));
        Assert.Equal("subject", refused.ParamName);
    }

    [Fact]
    public async Task A_display_name_over_the_limit_is_refused_by_the_grain()
    {
        var user = "in" + Guid.NewGuid().ToString("N")[..8];
        var account = app.Grains.GetGrain<IUserAccountGrain>(user);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => account.CreateAsync(TenMb, [Roles.Operator], "Pw-long-enough-123", null));
        Assert.Equal("displayName", refused.ParamName);
        Assert.Null(await account.GetAsync());
    }
}
