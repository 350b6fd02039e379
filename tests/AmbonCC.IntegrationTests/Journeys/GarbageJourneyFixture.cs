using AmbonCC.Complaints;
using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.IntegrationTests.Journeys;

/// <summary>
/// The web host of journey 3 on its own store, with the complaints' calendar on a fake clock: Monday 25 May 2026,
/// the week of Idul Adha (Wednesday 27 May) and its cuti bersama (Thursday 28 May).
/// </summary>
/// <remarks>
/// The cameras take events from the last 7 days of server (real) time only, and no Wednesday holiday is near today:
/// the waste window is widened here so that the camera's real-time overflows and the complaint's May calendar meet.
/// The week's window itself is the unit tests' (CorrelationRulesTests).
/// </remarks>
public sealed class GarbageJourneyFixture : WebAppFixture
{
    public static readonly DateTimeOffset Monday = new(2026, 5, 25, 9, 0, 0, TimeSpan.FromHours(9));

    public FakeTimeProvider ComplaintTime { get; } = new(Monday);

    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("AmbonCC:Complaints:PublicIntakePerMinute", "100000")
            .UseSetting("AmbonCC:Incidents:FamilyWindowMinutes:waste", (20 * 365 * 24 * 60).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton(new ComplaintClock(ComplaintTime))));
}
