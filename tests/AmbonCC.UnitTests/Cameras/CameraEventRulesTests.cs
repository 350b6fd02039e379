using AmbonCC.Cameras;
using AmbonCC.City;

namespace AmbonCC.UnitTests.Cameras;

public sealed class CameraEventRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static CameraEvent Event(CameraEventType type, string id = "e1", double score = 0.8, DateTimeOffset? end = null) =>
        new(type, id, "flood_water", score, ["tepi"], Start, end, true);

    [Theory]
    [InlineData(CameraCategory.River, "flood_water", 0.6, true)]
    [InlineData(CameraCategory.River, "flood_water", 0.59, false)]
    [InlineData(CameraCategory.Road, "flood_water", 0.99, false)]
    [InlineData(CameraCategory.Waste, "garbage_overflow", 0.6, true)]
    [InlineData(CameraCategory.Road, "traffic_jam", 0.5, false)]
    public void Labels_matter_per_category_from_their_score(CameraCategory category, string label, double score, bool relevant) =>
        Assert.Equal(relevant, CameraEventRules.IsRelevant(new CameraOptions(), category, label, score));

    [Fact]
    public void Configured_labels_replace_the_defaults_for_a_category()
    {
        var options = new CameraOptions();
        options.Labels["Road"] = new() { ["traffic_jam"] = 0.3 };

        Assert.True(CameraEventRules.IsRelevant(options, CameraCategory.Road, "traffic_jam", 0.35));
        Assert.False(CameraEventRules.IsRelevant(options, CameraCategory.Road, "accident", 0.99));
    }

    [Fact]
    public void A_repeat_is_a_duplicate_and_a_changed_update_is_news()
    {
        var memory = new List<EventMemo>();

        Assert.False(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.New)));
        Assert.True(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.New)));
        Assert.False(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.Update, score: 0.9)));
        Assert.True(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.Update, score: 0.9)));
        Assert.True(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.New)));
        Assert.False(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.End, end: Start.AddMinutes(5))));
        Assert.True(CameraEventRules.IsDuplicate(memory, Event(CameraEventType.Update, score: 0.95)));
    }

    [Fact]
    public void The_memory_is_bounded_to_the_newest_ids()
    {
        var memory = new List<EventMemo>();
        for (var i = 0; i < CameraEventRules.MemoryLimit + 10; i++)
        {
            CameraEventRules.IsDuplicate(memory, Event(CameraEventType.New, "e" + i));
        }

        Assert.Equal(CameraEventRules.MemoryLimit, memory.Count);
        Assert.Equal("e10", memory[0].Id);
    }
}
