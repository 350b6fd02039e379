namespace AmbonCC.Overview;

/// <summary>A notice posted by a supervisor for every screen in the center (shift orders, situation notes).</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Overview.Bulletin")]
public sealed record Bulletin(
    [property: Id(0)] long Number,
    [property: Id(1)] string Author,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset PostedAt);

/// <summary>Key: the city ("ambon").</summary>
[Alias("AmbonCC.Overview.IBulletinBoardGrain")]
public interface IBulletinBoardGrain : IGrainWithStringKey
{
    /// <summary>Posts a notice and announces it on the overview live stream.</summary>
    [Alias("Post")]
    Task<Bulletin> PostAsync(string author, string text);

    /// <summary>The newest first.</summary>
    [Alias("Recent")]
    Task<IReadOnlyList<Bulletin>> GetRecentAsync(int count);
}
