using AmbonCC.Live;
using AmbonCC.Platform;

namespace AmbonCC.Overview;

[GenerateSerializer, Alias("AmbonCC.Overview.BulletinBoardState")]
internal sealed class BulletinBoardState
{
    [Id(0)] public long LastNumber { get; set; }
    [Id(1)] public List<Bulletin> Recent { get; set; } = [];
}

internal sealed class BulletinBoardGrain(
    [PersistentState("bulletins", ProviderNames.GrainStorage)] IPersistentState<BulletinBoardState> state,
    TimeProvider time) : Grain, IBulletinBoardGrain
{
    public const int MaxLength = TextLimits.Bulletin;
    private const int Kept = 50;

    public async Task<Bulletin> PostAsync(string author, string text)
    {
        TextLimits.Require(author, TextLimits.Name, nameof(author));
        text = text?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength)
        {
            throw new ArgumentException($"Text: 1–{MaxLength} characters.", nameof(text));
        }

        var bulletin = new Bulletin(state.State.LastNumber + 1, author, text, time.GetUtcNow());
        state.State.LastNumber = bulletin.Number;
        state.State.Recent.Insert(0, bulletin);
        if (state.State.Recent.Count > Kept)
        {
            state.State.Recent.RemoveRange(Kept, state.State.Recent.Count - Kept);
        }

        // Durable first: the live notice only tells screens to show what is already stored.
        await state.WriteStateAsync();
        await LiveStreams.For(this, LiveStreamIds.Overview).OnNextAsync(new BulletinPosted(bulletin));
        return bulletin;
    }

    public Task<IReadOnlyList<Bulletin>> GetRecentAsync(int count) =>
        Task.FromResult<IReadOnlyList<Bulletin>>(state.State.Recent.Take(Math.Clamp(count, 1, Kept)).ToList());
}
