using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;

namespace AmbonCC.Warnings;

/// <summary>A recipient as dissemination needs it: one channel, one address, a position.</summary>
internal sealed record DirectoryRecipient(string Id, string Name, string Role, string KelurahanCode, string? RiverName, string Channel, string Address, double? Latitude, double? Longitude);

/// <summary>The recipients of the whole city, read from the per-kelurahan lists, with kelurahan centroids as positions.</summary>
internal sealed class RecipientDirectory(IReadOnlyList<DirectoryRecipient> all)
{
    public IReadOnlyList<DirectoryRecipient> All => all;

    public static async Task<RecipientDirectory> LoadAsync(IGrainFactory grains)
    {
        var directory = grains.GetGrain<ICityDirectoryGrain>(CityKeys.City);
        var places = (await directory.GetKelurahanAsync()).ToDictionary(k => k.Code);
        var lists = await directory.GetIndexAsync(CityIndexKind.RecipientList);
        var recipients = new List<DirectoryRecipient>();
        foreach (var code in lists)
        {
            foreach (var r in await grains.GetGrain<IRecipientListGrain>(code).GetRecipientsAsync())
            {
                var (channel, address) = r.Channels.WhatsApp is { } wa ? ("whatsapp", wa)
                    : r.Channels.Sms is { } sms ? ("sms", sms)
                    : r.Channels.Telegram is { } tg ? ("telegram", tg)
                    : ("sms", "");
                places.TryGetValue(r.KelurahanCode, out var place);
                var role = r.Role switch
                {
                    RecipientRole.BpbdOfficer => EscalationPolicy.Bpbd,
                    RecipientRole.Lurah => EscalationPolicy.Lurah,
                    _ => EscalationPolicy.RtHead,
                };
                recipients.Add(new DirectoryRecipient(r.Id, $"{r.Title} {r.Name}".Trim(), role, r.KelurahanCode, r.RiverName, channel, address, place?.Latitude, place?.Longitude));
            }
        }

        return new RecipientDirectory(recipients);
    }

    /// <summary>The first circle: every BPBD duty officer and the RT heads of this river in the affected kelurahan.</summary>
    public IEnumerable<DirectoryRecipient> AlongRiver(string river, IReadOnlyCollection<string> kelurahan) =>
        all.Where(r => r.Role == EscalationPolicy.Bpbd
            || (r.Role == EscalationPolicy.RtHead && r.RiverName == river && kelurahan.Contains(r.KelurahanCode)));

    public DirectoryRecipient? LurahOf(string? kelurahanCode) =>
        all.FirstOrDefault(r => r.Role == EscalationPolicy.Lurah && r.KelurahanCode == kelurahanCode);

    public DirectoryRecipient? NearestBpbd(double? lat, double? lon) =>
        lat is null || lon is null
            ? all.FirstOrDefault(r => r.Role == EscalationPolicy.Bpbd)
            : all.Where(r => r.Role == EscalationPolicy.Bpbd && r.Latitude is not null)
                .OrderBy(r => GeoRules.DistanceMeters(lat.Value, lon.Value, r.Latitude!.Value, r.Longitude!.Value))
                .FirstOrDefault();
}
