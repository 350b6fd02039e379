using AmbonCC.Platform;

namespace AmbonCC.Complaints;

[GenerateSerializer, Alias("ambon.complaints.CounterState")]
internal sealed class ComplaintCounterState
{
    [Id(0)] public long Last { get; set; }
}

/// <summary>Issues each number once: stored before it is handed out, so a crash loses a number but never repeats one.</summary>
internal sealed class ComplaintCounterGrain(
    [PersistentState("complaintCounter", ProviderNames.GrainStorage)] IPersistentState<ComplaintCounterState> state) : Grain, IComplaintCounterGrain
{
    public async Task<long> NextAsync()
    {
        state.State.Last++;
        await state.WriteStateAsync();
        return state.State.Last;
    }
}

[GenerateSerializer, Alias("ambon.complaints.TokenState")]
internal sealed class ComplaintTokenState
{
    [Id(0)] public string? ComplaintId { get; set; }
}

internal sealed class ComplaintTokenGrain(
    [PersistentState("complaintToken", ProviderNames.GrainStorage)] IPersistentState<ComplaintTokenState> state) : Grain, IComplaintTokenGrain
{
    public async Task BindAsync(string complaintId)
    {
        if (state.State.ComplaintId == complaintId)
        {
            return;
        }

        if (state.State.ComplaintId is not null)
        {
            throw new InvalidOperationException("Token already bound.");
        }

        state.State.ComplaintId = complaintId;
        await state.WriteStateAsync();
    }

    public Task<string?> ResolveAsync() => Task.FromResult(state.State.ComplaintId);
}
