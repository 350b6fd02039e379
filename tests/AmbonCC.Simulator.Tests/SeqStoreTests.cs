using AmbonCC.Simulator.Gauges;

namespace AmbonCC.Simulator.Tests;

public sealed class SeqStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ambon-sim-" + Guid.NewGuid().ToString("N"));

    private string StateFile => Path.Combine(_directory, "nested", "gauge-seq.json");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Numbers_start_at_one_per_gauge_and_continue_after_a_restart()
    {
        var store = SeqStore.Open(StateFile);
        Assert.Equal([1, 2, 3], new[] { store.Next("PDA-A-1"), store.Next("PDA-A-1"), store.Next("PDA-A-1") });
        Assert.Equal(1, store.Next("PDA-B-1"));

        var reopened = SeqStore.Open(StateFile);
        Assert.Equal(4, reopened.Next("PDA-A-1"));
        Assert.Equal(2, reopened.Next("pda-b-1")); // codes are case-insensitive, like the server's routes
    }

    [Fact]
    public void Blocks_leave_gaps_after_a_crash_but_never_reuse_a_number()
    {
        var store = SeqStore.Open(StateFile, block: 100);
        var used = Enumerable.Range(0, 150).Select(_ => store.Next("BENCH-001")).ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(i => (long)i), used);

        // No orderly shutdown: the next process starts after everything reserved.
        var afterCrash = SeqStore.Open(StateFile, block: 100);
        Assert.Equal(201, afterCrash.Next("BENCH-001"));
    }

    [Fact]
    public void Concurrent_callers_never_get_the_same_number()
    {
        var store = SeqStore.Open(StateFile, block: 7);
        var numbers = new System.Collections.Concurrent.ConcurrentBag<long>();
        Parallel.For(0, 2000, _ => numbers.Add(store.Next("BENCH-002")));
        Assert.Equal(2000, numbers.Distinct().Count());
        Assert.True(SeqStore.Open(StateFile).Next("BENCH-002") > numbers.Max());
    }
}
