using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>An attachment acknowledged before a silo goes down is there, bytes and metadata, on the next silo.</summary>
public sealed class AttachmentDurabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_stored_attachment_survives_a_silo_restart()
    {
        var settings = SiloSettings.Embedded(TestDatabases.NewSqliteDirectory());
        var id = "AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6");
        var photo = AttachmentApiTests.Png(4000);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo));
        var fileId = AttachmentRules.FileId(id, sha);
        var at = DateTimeOffset.UtcNow;

        await using (var first = await TestSilo.StartAsync(settings, output, "first"))
        {
            await first.Grains.GetGrain<IComplaintGrain>(id).SubmitAsync(ComplaintLifecycleTests.Garbage(), "operator.sari");
            await first.Grains.GetGrain<IComplaintFileGrain>(IComplaintFileGrain.Any).SaveAsync(new StoredComplaintFile(fileId, id, AttachmentRules.Png, sha, photo, at));
            await first.Grains.GetGrain<IComplaintGrain>(id).AttachAsync(new ComplaintAttachment(fileId, "tps.png", AttachmentRules.Png, photo.Length, sha, at, ChatSide.Operator, "operator.sari"));
        }

        await using var second = await TestSilo.StartAsync(settings.AnotherSilo(), output, "second");
        var listed = Assert.Single(await second.Grains.GetGrain<IComplaintGrain>(id).AttachmentsAsync());
        var stored = await second.Grains.GetGrain<IComplaintFileGrain>(IComplaintFileGrain.Any).ReadAsync(listed.Id);
        Assert.Equal(photo, stored!.Data);
        Assert.Equal(id, stored.Owner);
        Assert.Equal(sha, stored.Sha256);
    }
}
