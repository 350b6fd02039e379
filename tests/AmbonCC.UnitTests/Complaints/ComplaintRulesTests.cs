using System.Collections.Immutable;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;

namespace AmbonCC.UnitTests.Complaints;

public sealed class ComplaintRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 6, 10, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData(ComplaintStatus.Received, ComplaintAction.Verify, ComplaintStatus.Verified)]
    [InlineData(ComplaintStatus.Received, ComplaintAction.Postpone, ComplaintStatus.Postponed)]
    [InlineData(ComplaintStatus.Postponed, ComplaintAction.NotOurAuthority, ComplaintStatus.NotOurAuthority)]
    [InlineData(ComplaintStatus.Verified, ComplaintAction.Dispatch, ComplaintStatus.Dispatched)]
    [InlineData(ComplaintStatus.Dispatched, ComplaintAction.FollowUp, ComplaintStatus.FollowedUp)]
    [InlineData(ComplaintStatus.FollowedUp, ComplaintAction.Respond, ComplaintStatus.Responded)]
    [InlineData(ComplaintStatus.Responded, ComplaintAction.Confirm, ComplaintStatus.Closed)]
    [InlineData(ComplaintStatus.Responded, ComplaintAction.AutoClose, ComplaintStatus.Closed)]
    [InlineData(ComplaintStatus.Closed, ComplaintAction.Reopen, ComplaintStatus.Reopened)]
    [InlineData(ComplaintStatus.Reopened, ComplaintAction.Dispatch, ComplaintStatus.Dispatched)]
    public void Allowed_transitions_lead_where_SP4N_LAPOR_says(ComplaintStatus from, ComplaintAction action, ComplaintStatus to) =>
        Assert.Equal(to, ComplaintLifecycle.Next(from, action));

    [Theory]
    [InlineData(ComplaintStatus.Received, ComplaintAction.Dispatch)]
    [InlineData(ComplaintStatus.Received, ComplaintAction.Respond)]
    [InlineData(ComplaintStatus.Verified, ComplaintAction.FollowUp)]
    [InlineData(ComplaintStatus.Dispatched, ComplaintAction.Confirm)]
    [InlineData(ComplaintStatus.Closed, ComplaintAction.Verify)]
    [InlineData(ComplaintStatus.Merged, ComplaintAction.Reopen)]
    public void Skipping_a_step_is_refused(ComplaintStatus from, ComplaintAction action) =>
        Assert.Throws<InvalidOperationException>(() => ComplaintLifecycle.Next(from, action));

    [Fact]
    public void Each_status_starts_its_own_clock()
    {
        var deadlines = new ComplaintDeadlines(WorkingDayCalendarTests.Calendar2026());
        Assert.Equal(DeadlineKind.Verification, deadlines.For(ComplaintStatus.Received, Now)!.Value.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 0, 0, 0, TimeSpan.FromHours(9)), deadlines.For(ComplaintStatus.Dispatched, Now)!.Value.DueAt);
        Assert.Equal(DeadlineKind.AutoClose, deadlines.For(ComplaintStatus.Responded, Now)!.Value.Kind);
        Assert.Null(deadlines.For(ComplaintStatus.Verified, Now));
        Assert.Null(deadlines.For(ComplaintStatus.Closed, Now));
    }

    [Fact]
    public void An_open_complaint_of_the_same_category_within_50_m_is_suggested()
    {
        var near = Summary("AMB-2026-000001", "sampah", -3.69500, 128.18000, Now.AddDays(-2));
        var far = Summary("AMB-2026-000002", "sampah", -3.69600, 128.18000, Now.AddDays(-2)); // ~111 m south
        var other = Summary("AMB-2026-000003", "jalan", -3.69500, 128.18010, Now.AddDays(-1));
        var old = Summary("AMB-2026-000004", "sampah", -3.69500, 128.18000, Now.AddDays(-20));
        var closed = Summary("AMB-2026-000005", "sampah", -3.69500, 128.18000, Now.AddDays(-1)) with { Status = ComplaintStatus.Closed };

        var found = DuplicateFinder.Suggest("AMB-2026-000009", "sampah", -3.69520, 128.18010, Now, [near, far, other, old, closed]);

        Assert.Equal(["AMB-2026-000001"], found.Select(f => f.Complaint.Id));
        Assert.InRange(found[0].Meters, 20, 30);
    }

    [Theory]
    [InlineData("nope", "Sampah menumpuk di TPS", null, null, null, "category")]
    [InlineData("sampah", "pendek", null, null, null, "description")]
    [InlineData("sampah", "Sampah menumpuk di TPS \u0001", null, null, null, "description")]
    [InlineData("sampah", "Sampah menumpuk di TPS", 91.0, 128.0, null, "lat")]
    [InlineData("sampah", "Sampah menumpuk di TPS", -3.7, 181.0, null, "long")]
    [InlineData("sampah", "Sampah menumpuk di TPS", -3.7, null, null, "long")]
    [InlineData("sampah", "Sampah menumpuk di TPS", null, null, "0812-ABC", "reporter.phone")]
    public void Bad_input_names_the_field(string category, string description, double? lat, double? lon, string? phone, string field)
    {
        var submission = new ComplaintSubmission(ComplaintChannel.Operator, category, description,
            new ComplaintLocation(lat, lon, null, null), new ComplaintReporter("Sari", phone, null), false, false);
        var ex = Assert.Throws<ArgumentException>(() => ComplaintInput.Validate(submission));
        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    public void A_description_over_the_limit_is_refused_and_one_at_the_limit_is_taken()
    {
        var ok = new ComplaintSubmission(ComplaintChannel.Operator, "jalan", new string('a', ComplaintInput.DescriptionMax), ComplaintLocation.Unknown, null, true, false);
        ComplaintInput.Validate(ok);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => ComplaintInput.Validate(ok with { Description = ok.Description + "a" })).ParamName);
    }

    [Fact]
    public void Tracking_ids_carry_the_WIT_year()
    {
        // 31 Dec 2026 16:00 UTC is already 1 Jan 2027 in Ambon.
        Assert.Equal("AMB-2027", TrackingIds.CounterKey(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal("AMB-2026-000123", TrackingIds.Format("AMB-2026", 123));
        Assert.True(TrackingIds.IsValid("AMB-2026-000123"));
        Assert.False(TrackingIds.IsValid("AMB-2026-12"));
    }

    internal static ComplaintSummary Summary(string id, string category, double lat, double lon, DateTimeOffset at) =>
        new(id, ComplaintStatus.Received, ComplaintChannel.LiveChat, category, "t", lat, lon, null, null, at, at, null, false, 1);
}
