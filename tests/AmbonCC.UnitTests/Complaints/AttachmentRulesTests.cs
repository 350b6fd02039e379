using AmbonCC.Complaints.Rules;

namespace AmbonCC.UnitTests.Complaints;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 }, AttachmentRules.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, AttachmentRules.Png)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, AttachmentRules.Pdf)]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C }, null)] // <html
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)] // GIF89a
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, null)] // a PNG signature and nothing else
    [InlineData(new byte[] { 0xFF, 0xD8 }, null)]
    public void Types_are_known_by_their_first_bytes(byte[] data, string? expected) =>
        Assert.Equal(expected, AttachmentRules.Detect(data));

    [Theory]
    [InlineData("../../etc/passwd", AttachmentRules.Png, "passwd.png")]
    [InlineData("C:\\Users\\x\\foto tps.JPG", AttachmentRules.Jpeg, "foto tps.jpg")]
    [InlineData("evil\".html", AttachmentRules.Pdf, "evil_.pdf")]
    [InlineData(null, AttachmentRules.Jpeg, "lampiran.jpg")]
    [InlineData("...", AttachmentRules.Jpeg, "lampiran.jpg")]
    public void File_names_lose_paths_and_quotes_and_take_the_extension_of_the_bytes(string? name, string type, string expected) =>
        Assert.Equal(expected, AttachmentRules.SafeFileName(name, type));

    [Fact]
    public void A_long_name_is_cut_to_the_limit()
    {
        var name = AttachmentRules.SafeFileName(new string('a', 500) + ".png", AttachmentRules.Png);
        Assert.True(name.Length <= AttachmentRules.FileNameMax);
        Assert.EndsWith(".png", name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_bytes_on_the_same_owner_are_one_file_and_on_another_owner_another()
    {
        var a = AttachmentRules.FileId("AMB-2026-000001", "ab");
        Assert.Equal(a, AttachmentRules.FileId("AMB-2026-000001", "ab"));
        Assert.NotEqual(a, AttachmentRules.FileId("AMB-2026-000002", "ab"));
        Assert.True(AttachmentRules.IsFileId(a));
        Assert.False(AttachmentRules.IsFileId("../" + a[3..]));
    }

    [Theory]
    [InlineData("image/jpeg", true)]
    [InlineData("IMAGE/PNG; charset=binary", true)]
    [InlineData("application/pdf", true)]
    [InlineData("text/html", false)]
    [InlineData(null, false)]
    public void Only_jpeg_png_and_pdf_may_be_declared(string? type, bool allowed) =>
        Assert.Equal(allowed, AttachmentRules.IsAllowedType(type));
}

public sealed class ComplaintIncidentRulesTests
{
    [Theory]
    [InlineData("banjir", "81.71.03.1003", "kelurahan:81.71.03.1003:flood")]
    [InlineData("drainase", "81.71.03.1003", "kelurahan:81.71.03.1003:flood")]
    [InlineData("jalan", "81.71.01.1001", "kelurahan:81.71.01.1001:road")]
    [InlineData("sampah", "81.71.01.1001", "kelurahan:81.71.01.1001:waste")]
    [InlineData("kependudukan", "81.71.01.1001", null)]
    [InlineData("banjir", null, null)]
    public void Flood_road_and_waste_complaints_correlate_by_kelurahan_and_topic(string category, string? kelurahan, string? expected) =>
        Assert.Equal(expected, AmbonCC.Complaints.Rules.ComplaintIncidentRules.CorrelationKey(category, kelurahan));
}
