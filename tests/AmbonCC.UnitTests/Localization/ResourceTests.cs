using System.Collections;
using System.Globalization;
using System.Resources;
using AmbonCC.Incidents;
using AmbonCC.Warnings;
using AmbonCC.Web.Localization;
using AmbonCC.Web.Resources;

namespace AmbonCC.UnitTests.Localization;

public sealed class ResourceTests
{
    private static readonly System.Reflection.Assembly Web = typeof(SharedText).Assembly;

    public static TheoryData<string> Resources() => new(ResourceNames());

    private static IEnumerable<string> ResourceNames() =>
        Web.GetManifestResourceNames()
            .Where(n => n.StartsWith("AmbonCC.Web.Resources.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length]);

    [Fact]
    public void Every_feature_marker_has_its_resource()
    {
        var names = ResourceNames().ToHashSet();
        var markers = Web.GetTypes().Where(t => t.Namespace == "AmbonCC.Web.Resources").ToList();
        Assert.True(markers.Count >= 5, "expected the five feature resources");
        Assert.All(markers, t => Assert.Contains(t.FullName!, names));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Both_languages_have_the_same_keys_and_no_empty_text(string baseName)
    {
        var manager = new ResourceManager(baseName, Web);
        var indonesian = Read(manager, CultureInfo.InvariantCulture);
        var english = Read(manager, new CultureInfo("en-US"));

        Assert.NotEmpty(indonesian);
        Assert.Equal(indonesian.Keys.Order(), english.Keys.Order());
        Assert.All(indonesian.Concat(english), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{baseName}: {kv.Key} is empty"));
    }

    [Fact]
    public void Every_enum_member_shown_on_screen_has_a_text_in_both_languages()
    {
        foreach (var culture in Texts.Cultures)
        {
            Assert.All(Enum.GetValues<AlarmSeverity>(), v => Assert.True(Texts.Has<IncidentsText>(UiLabels.Severity(v), culture), $"{v} {culture}"));
            Assert.All(Enum.GetValues<AlarmStatus>(), v => Assert.True(Texts.Has<IncidentsText>(UiLabels.AlarmStatus(v), culture), $"{v} {culture}"));
            Assert.All(Enum.GetValues<IncidentStatus>(), v => Assert.True(Texts.Has<IncidentsText>(UiLabels.IncidentStatus(v), culture), $"{v} {culture}"));
            Assert.All(Enum.GetValues<IncidentLinkKind>(), v => Assert.True(Texts.Has<IncidentsText>(UiLabels.LinkKind(v), culture), $"{v} {culture}"));
            Assert.All(Enum.GetValues<WarningState>(), v => Assert.True(Texts.Has<WarningsText>(UiLabels.WarningState(v), culture), $"{v} {culture}"));
            Assert.All(Enum.GetValues<DeliveryState>(), v => Assert.True(Texts.Has<WarningsText>(UiLabels.Delivery(v), culture), $"{v} {culture}"));
            Assert.All(Enum.GetValues<FloodTrend>(), v => Assert.True(Texts.Has<WarningsText>(UiLabels.Trend(v), culture), $"{v} {culture}"));
            Assert.All(UiLabels.KnownRoles, r => Assert.True(Texts.Has<WarningsText>(UiLabels.Role(r)!, culture), $"{r} {culture}"));
        }
    }

    [Fact]
    public void The_two_languages_differ()
    {
        Assert.Equal("Ikhtisar", Texts.In("id-ID", () => Texts.For<SharedText>()["Overview"].Value));
        Assert.Equal("Overview", Texts.In("en-US", () => Texts.For<SharedText>()["Overview"].Value));
    }

    private static Dictionary<string, string?> Read(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new Xunit.Sdk.XunitException($"{manager.BaseName} has no {culture.Name} resources");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string);
    }
}
