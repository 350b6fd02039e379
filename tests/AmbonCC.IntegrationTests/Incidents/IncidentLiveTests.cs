using System.Collections.Concurrent;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Live;
using AmbonCC.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Incidents;

[Collection(WebCollection.Name)]
public sealed class IncidentLiveTests(WebAppFixture app)
{
    [Fact]
    public async Task A_raise_reaches_the_web_process_as_alarm_incident_and_queue_events()
    {
        var seen = new ConcurrentQueue<IIncidentEvent>();
        using var subscription = app.Services.GetRequiredService<LiveHub>().Subscribe<IIncidentEvent>(e =>
        {
            seen.Enqueue(e);
            return Task.CompletedTask;
        });
        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0);

        var id = (await app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise)).IncidentId!;

        bool Has(string kind, string subject) => seen.Any(e => e.Kind == kind && e.SubjectId == subject);
        await Eventually.UntilAsync(
            () => Task.FromResult(Has("alarm", raise.AlarmId) && Has("incident", id) && Has("queue", id)),
            TimeSpan.FromSeconds(30),
            $"alarm, incident and queue events for incident {id}");

        Assert.True(Has("alarm", raise.AlarmId), "no alarm event");
        Assert.True(Has("incident", id), "no incident event");
        Assert.True(Has("queue", id), "no queue event");
        Assert.Equal(id, seen.OfType<AlarmChanged>().First(e => e.SubjectId == raise.AlarmId).Alarm.IncidentId);
        Assert.Equal(id, seen.OfType<IncidentQueueChanged>().First(e => e.SubjectId == id).Summary.Id);
    }
}
