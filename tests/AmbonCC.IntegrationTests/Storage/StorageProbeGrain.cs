using System.Collections.Concurrent;
using AmbonCC.Platform;
using Orleans.Placement;
using Orleans.Runtime;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>A test-only grain that exercises grain storage and reminders through the real providers.</summary>
[Alias("AmbonCC.IntegrationTests.Storage.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    [Alias("Append")]
    Task<int> Append(string value);

    [Alias("Read")]
    Task<ProbeSnapshot> Read();

    [Alias("StartReminder")]
    Task StartReminder(TimeSpan due, TimeSpan period);

    [Alias("StopReminder")]
    Task StopReminder();
}

[GenerateSerializer, Immutable, Alias("AmbonCC.IntegrationTests.Storage.ProbeSnapshot")]
public sealed record ProbeSnapshot(
    [property: Id(0)] IReadOnlyList<string> Values,
    [property: Id(1)] string? ETag,
    [property: Id(2)] string Silo);

[GenerateSerializer, Alias("AmbonCC.IntegrationTests.Storage.ProbeState")]
public sealed class ProbeState
{
    [Id(0)]
    public List<string> Values { get; set; } = [];
}

/// <summary>
/// Reminder ticks are reported through process-wide signals: the silos run inside the test process, and a
/// signal armed after a silo stopped can only be completed by the silo that replaced it.
/// </summary>
public static class ReminderSignals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Signals = new();

    public static Task<string> Arm(string grainKey)
    {
        var signal = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Signals[grainKey] = signal;
        return signal.Task;
    }

    internal static void Fire(string grainKey, string silo)
    {
        if (Signals.TryGetValue(grainKey, out var signal))
        {
            signal.TrySetResult(silo);
        }
    }
}

// Local placement so that the failover test knows which silo hosts the grain it calls.
[PreferLocalPlacement]
internal sealed class StorageProbeGrain(
    [PersistentState("probe", ProviderNames.GrainStorage)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, IStorageProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    public async Task<int> Append(string value)
    {
        state.State.Values.Add(value);
        await state.WriteStateAsync();
        return state.State.Values.Count;
    }

    public Task<ProbeSnapshot> Read() =>
        Task.FromResult(new ProbeSnapshot(state.State.Values.ToArray(), state.Etag, silo.SiloAddress.ToString()));

    public Task StartReminder(TimeSpan due, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, due, period);

    public async Task StopReminder()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderSignals.Fire(this.GetPrimaryKeyString(), silo.SiloAddress.ToString());
        return Task.CompletedTask;
    }
}
