using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Silo.Seed;
using AmbonCC.Web.Complaints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AmbonCC.UnitTests.Complaints;

public sealed class ComplaintSeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void The_demo_city_gets_a_few_hundred_valid_complaints_across_categories_and_OPDs_some_overdue()
    {
        var city = DemoCity.LoadDefault();
        var imports = AmbonCC.Silo.Complaints.ComplaintSeederAccess.Build(city, Now);
        var deadlines = new ComplaintDeadlines(WorkingDayCalendarTests.Calendar2026());

        Assert.Equal(300, imports.Count);
        Assert.All(imports, i => ComplaintInput.Validate(i.Submission));
        Assert.Equal(ComplaintCategories.All.Length, imports.Select(i => i.Submission.Category).Distinct().Count());
        var opdCodes = city.Opds.Select(o => o.Code).ToHashSet();
        Assert.All(imports.Where(i => i.OpdCode is not null), i => Assert.Contains(i.OpdCode!, opdCodes));
        var overdue = imports.Count(i => deadlines.For(i.Status, i.Status == ComplaintStatus.Postponed ? i.ReceivedAt : i.StatusSince) is { } d
            && ComplaintDeadlines.IsOverdue(d.Kind, d.DueAt, Now));
        Assert.InRange(overdue, 10, 150);
        Assert.Equal(imports.Select(i => i.Submission.Description), AmbonCC.Silo.Complaints.ComplaintSeederAccess.Build(city, Now).Select(i => i.Submission.Description));
    }

    [Fact]
    public void Every_categorys_default_OPD_exists_in_the_demo_city()
    {
        var opdCodes = DemoCity.LoadDefault().Opds.Select(o => o.Code).ToHashSet();
        Assert.All(ComplaintCategories.All, c => Assert.Contains(c.DefaultOpd, opdCodes));
    }

    [Fact]
    public void Public_intake_is_limited_per_client_address()
    {
        using var throttle = new PublicIntakeThrottle(Options.Create(new ComplaintOptions { PublicIntakePerMinute = 3 }));
        var a = Client("10.0.0.1");
        var b = Client("10.0.0.2");
        Assert.True(throttle.TryTake(a, out _) && throttle.TryTake(a, out _) && throttle.TryTake(a, out _));
        Assert.False(throttle.TryTake(a, out var wait));
        Assert.True(wait > TimeSpan.Zero);
        Assert.True(throttle.TryTake(b, out _));
    }

    private static DefaultHttpContext Client(string address)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
        return http;
    }
}
