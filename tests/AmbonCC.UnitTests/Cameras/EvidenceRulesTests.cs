using System.Collections.Immutable;
using AmbonCC.Cameras;
using AmbonCC.City;

namespace AmbonCC.UnitTests.Cameras;

public sealed class EvidenceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(9));

    private static readonly Dictionary<string, CameraProfile> Cameras = new()
    {
        ["CCTV-RD-01"] = new("CCTV-RD-01", "Jl. Sultan Hasanudin", CameraCategory.Road, "Jl. Sultan Hasanudin", "81.71.02.1011", -3.69, 128.18, "rtsp://x", "DISHUB", RetentionDays: 14),
    };

    private static EvidenceRequest Request(string letter = "B/123/XII/2026", string camera = "CCTV-RD-01", int daysAgo = 2) =>
        new("Polresta Pulau Ambon", "Bripka Leiwakabessy", letter, new DateOnly(2026, 12, 2), "LP/B/456/XII/2026", "Pencurian kendaraan",
            [camera], Now.AddDays(-daysAgo).AddHours(11), Now.AddDays(-daysAgo).AddHours(12.5));

    [Fact]
    public void A_complete_request_within_retention_is_accepted() =>
        Assert.Empty(EvidenceRules.Validate(Request(), Cameras, Now, AmbonCC.City.CityClock.Ambon()));

    [Theory]
    [InlineData("", "CCTV-RD-01", 2, "letterNumber")]
    [InlineData("B/1", "CCTV-XX-99", 2, "cameraCodes")]
    [InlineData("B/1", "CCTV-RD-01", 20, "from")]
    public void Requests_without_a_letter_for_unknown_cameras_or_past_retention_are_refused(string letter, string camera, int daysAgo, string field)
    {
        var errors = EvidenceRules.Validate(Request(letter, camera, daysAgo), Cameras, Now, AmbonCC.City.CityClock.Ambon());

        Assert.Equal(field, Assert.Single(errors).Key);
        if (field == "from")
        {
            Assert.Contains("retention", errors[field][0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_custody_chain_verifies_and_a_tampered_entry_is_detected()
    {
        var log = new List<CustodyEntry>();
        foreach (var action in new[] { "requested", "approved-legal-hold", "exported", "handed-over" })
        {
            log.Add(CustodyChain.Append(log, Now.AddMinutes(log.Count), "sari", action, "details of " + action));
        }

        Assert.Null(CustodyChain.FirstBroken(log));
        var tampered = log.ToList();
        tampered[2] = tampered[2] with { Details = "a different file" };
        Assert.Equal(3, CustodyChain.FirstBroken(tampered));
        var removed = log.Where(e => e.Seq != 2).ToList();
        Assert.Equal(2, CustodyChain.FirstBroken(removed));
        var rehashedButUnlinked = log.ToList();
        rehashedButUnlinked[1] = CustodyChain.Append(log.Take(1).ToList(), Now, "mallory", "approved-legal-hold", "x");
        Assert.Equal(3, CustodyChain.FirstBroken(rehashedButUnlinked));
    }
}
