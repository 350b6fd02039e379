using AmbonCC.Audit;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.Security;
using AmbonCC.Shifts;
using AmbonCC.Web.Audit;

namespace AmbonCC.UnitTests.Audit;

public sealed class AuditRulesTests
{
    [Theory]
    [InlineData(typeof(IUserAccountGrain), nameof(IUserAccountGrain.SetDisabledAsync), true)]
    [InlineData(typeof(IUserAccountGrain), nameof(IUserAccountGrain.GetAsync), false)]
    [InlineData(typeof(IApiKeyGrain), nameof(IApiKeyGrain.VerifyAsync), false)]
    [InlineData(typeof(IApiKeyGrain), nameof(IApiKeyGrain.RevokeAsync), true)]
    [InlineData(typeof(IIncidentQueueGrain), nameof(IIncidentQueueGrain.ReserveAsync), true)]
    [InlineData(typeof(IIncidentQueueGrain), nameof(IIncidentQueueGrain.GetOpenAsync), false)]
    [InlineData(typeof(IComplaintIndexGrain), nameof(IComplaintIndexGrain.ListAsync), false)]
    [InlineData(typeof(IShiftRosterGrain), nameof(IShiftRosterGrain.StartAsync), true)]
    [InlineData(typeof(IAuditLogGrain), nameof(IAuditLogGrain.RecordAsync), false)]
    [InlineData(typeof(object), nameof(ToString), false)]
    public void Writes_are_told_from_reads(Type type, string method, bool audited) =>
        Assert.Equal(audited, AuditedCalls.IsAuditedWrite(type.GetMethod(method)));

    [Fact]
    public void Device_keys_are_left_to_their_ledgers()
    {
        Assert.False(AuditedCalls.IsAuditedActor(new AuditActor("gauge:X", "key:" + ApiScopes.DeviceIngest, AuditSources.Api, "gauge:X")));
        Assert.True(AuditedCalls.IsAuditedActor(new AuditActor("opd:DLH", "key:" + ApiScopes.Opd, AuditSources.Api, "opd:DLH")));
    }

    [Fact]
    public void Secret_arguments_are_redacted_and_text_is_bounded()
    {
        var method = typeof(IUserAccountGrain).GetMethod(nameof(IUserAccountGrain.CreateAsync))!;
        object?[] args = ["Sari", new[] { "Operator" }, "hunter2-hunter2", "DLH"];
        var text = AuditText.Arguments(method, i => args[i]);
        Assert.Equal("displayName=Sari, roles=[Operator], password=•••, opdCode=DLH", text);
        var bounded = AuditText.Bound(new AuditEntry("id", DateTimeOffset.UnixEpoch, "a", "r", "api", "e", "x", "ok", new string('b', 900), null, null));
        Assert.Equal(AuditText.MaxSummary, bounded.Before!.Length);
    }

    [Fact]
    public void Csv_quotes_and_defuses_formulas()
    {
        var csv = AuditCsv.Write([new AuditEntry("id", DateTimeOffset.UnixEpoch, "sari", "Operator", "ui", "e", "x", "ok", null, "=1+1", "a,\"b\"")]);
        var row = csv.Split("\r\n")[1];
        Assert.EndsWith(",'=1+1,\"a,\"\"b\"\"\"", row);
    }
}
