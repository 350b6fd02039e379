using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.Warnings;

/// <summary>
/// Everyone a flood warning reaches in one kelurahan; key: Kemendagri kelurahan code.
/// </summary>
/// <remarks>
/// Per kelurahan rather than per person because a warning targets a gauge's downstream kelurahan:
/// one call per kelurahan gets its RT heads (filtered by river), its lurah and the BPBD officers posted there.
/// </remarks>
[Alias("ambon.warnings.IRecipientListGrain")]
public interface IRecipientListGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces a recipient by <see cref="Recipient.Id"/>. Returns false when nothing changed.</summary>
    /// <exception cref="ArgumentException">The recipient's kelurahan code is not this grain's key.</exception>
    [Alias("Register")]
    Task<bool> RegisterAsync(Recipient recipient);

    /// <summary>All recipients, ordered by id.</summary>
    [Alias("GetRecipients")]
    Task<ImmutableArray<Recipient>> GetRecipientsAsync();

    /// <summary>One recipient by id, or null.</summary>
    [Alias("GetProfile")]
    Task<Recipient?> GetProfileAsync(string recipientId);
}
