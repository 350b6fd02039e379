using System.Security.Claims;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Web.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Security;

public sealed class AccessRulesTests
{
    [Theory]
    [InlineData("acc_0123456789ABCDEF.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("acc_0123456789abcdef.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")]
    [InlineData("acc_0123456789abcdef.short")]
    [InlineData("acc_0123456789abcdef_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("xyz_0123456789abcdef.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Keys_of_the_wrong_shape_are_refused(string key)
    {
        Assert.False(ApiKeys.TryParse(key, out _, out _));
        Assert.False(ApiKeys.TryParse(key + new string('a', 10_000), out _, out _));
    }

    [Fact]
    public void A_key_as_issued_parses()
    {
        var (id, secret, key) = ApiKeys.NewKey();
        Assert.True(ApiKeys.TryParse(key, out var parsedId, out var parsedSecret));
        Assert.Equal((id, secret), (parsedId, parsedSecret));
    }

    [Fact]
    public void Refused_keys_are_logged_once_per_interval_with_their_count()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T00:00:00Z"));
        var log = new ListLogger();
        var refusals = new ApiKeyRefusals(time, log);
        for (var i = 0; i < 500; i++)
        {
            refusals.Record("Unknown API key.");
        }

        time.Advance(ApiKeyRefusals.Interval);
        refusals.Record("Unknown API key.");

        Assert.Equal(2, log.Lines.Count);
        Assert.Contains("Refused 500 ", log.Lines[1]);
        Assert.Equal(501, refusals.Total);
    }

    [Fact]
    public void Opd_staff_see_a_warning_without_the_people_on_it()
    {
        var at = DateTimeOffset.Parse("2026-12-02T00:00:00Z");
        var view = new WarningView("w1", "Wai Batu Merah", "PDA-1", WarningState.Active, false, [], null,
            [new RecipientDeliveryView("r1", "Ibu Sari Tuasikal", "rt", "81.71", "whatsapp", "+6281234567890", DeliveryState.Failed,
                at, null, null, null, null, false, "+6281234567890 unreachable")],
            [new WarningTimelineEntry(at, "Ibu Sari Tuasikal mengonfirmasi menerima peringatan", "Ibu Sari Tuasikal")],
            at, AmbonCC.RiverGauges.SiagaLevel.Siaga3, null);

        var shown = PersonalData.For(Person(Roles.OpdStaff), view);
        var text = System.Text.Json.JsonSerializer.Serialize(shown);
        Assert.DoesNotContain("Sari", text);
        Assert.DoesNotContain("6281234567890", text);
        Assert.Equal(DeliveryState.Failed, shown.Recipients[0].State);

        Assert.Same(view, PersonalData.For(Person(Roles.Operator), view));
    }

    [Fact]
    public void An_api_key_holds_no_role_capability_whatever_its_claims()
    {
        var key = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], ApiKeyAuthenticationHandler.SchemeName));
        Assert.False(AccessPolicies.Allows(key, AccessPolicies.ReadRecipients));
        Assert.True(AccessPolicies.Allows(Person(Roles.Admin), AccessPolicies.ReadRecipients));
    }

    private static ClaimsPrincipal Person(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "Cookies"));

    private sealed class ListLogger : ILogger<ApiKeyRefusals>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
