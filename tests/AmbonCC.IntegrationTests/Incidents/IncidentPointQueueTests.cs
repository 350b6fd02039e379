using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform;
using static AmbonCC.IntegrationTests.Incidents.AlarmIncidentTests;

namespace AmbonCC.IntegrationTests.Incidents;

/// <summary>The queue's row of an incident carries the point of the alarm that raised it (the map draws it there).</summary>
[Collection(WebCollection.Name)]
public sealed class IncidentPointQueueTests(WebAppFixture app)
{
    private static string Unique(string prefix) => prefix + ":" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task An_alarm_with_a_point_puts_its_incident_there_in_the_queue()
    {
        var raise = Raise(Unique("gauge"), "siaga", Unique("river"), 0, lat: -3.6612, lon: 128.2044);

        var alarm = await app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise);

        var row = Assert.Single(await app.Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync(), i => i.Id == alarm.IncidentId);
        Assert.Equal((-3.6612, 128.2044), (row.Latitude, row.Longitude));
    }

    [Fact]
    public async Task An_alarm_without_a_point_leaves_the_row_to_its_kelurahan()
    {
        var raise = Raise(Unique("gauge"), "siaga", Unique("river"), 0);

        var alarm = await app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise);

        var row = Assert.Single(await app.Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync(), i => i.Id == alarm.IncidentId);
        Assert.False(row.HasPoint);
        Assert.Equal("K-" + raise.CorrelationKey, Assert.Single(row.KelurahanCodes));
    }
}
