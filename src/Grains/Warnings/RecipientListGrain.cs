using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.Warnings;

internal sealed class RecipientListGrain(
    [PersistentState("recipientList", ProviderNames.GrainStorage)] IPersistentState<RecipientListState> state) : Grain, IRecipientListGrain
{
    public async Task<bool> RegisterAsync(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient.Id, nameof(recipient));
        ProfileKeys.EnsureMatches(this.GetPrimaryKeyString(), recipient.KelurahanCode, "recipient's kelurahan code");
        recipient.Validate();
        XmlText.Require(recipient.Name, "name");
        XmlText.Require(recipient.Title, "title");
        XmlText.Require(recipient.RiverName, "riverName");
        var recipients = state.State.Recipients;
        if (recipients.TryGetValue(recipient.Id, out var known) && known == recipient)
        {
            return false;
        }

        recipients[recipient.Id] = recipient;
        await state.WriteStateAsync();
        return true;
    }

    public Task<ImmutableArray<Recipient>> GetRecipientsAsync() =>
        Task.FromResult(state.State.Recipients.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray());

    public Task<Recipient?> GetProfileAsync(string recipientId) =>
        Task.FromResult(state.State.Recipients.GetValueOrDefault(recipientId));
}
