using System.Collections.Immutable;
using AmbonCC.Complaints;
using AmbonCC.Web.Api;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// The LAPOR! exchange record: how a complaint travels between this center and the national SP4N-LAPOR system, so
/// that a sync job can move complaints both ways. Field names are Indonesian (camelCase in JSON), like LAPOR!'s own;
/// statuses are the words below. It carries the reporter (LAPOR! holds the identity too): Admin only.
/// </summary>
public sealed record LaporRecord(
    string? TrackingId,
    string? LaporId,
    string Kategori,
    string Isi,
    string Status,
    string Kanal,
    string? Instansi,
    bool Anonim,
    bool Rahasia,
    DateTimeOffset TanggalLapor,
    DateTimeOffset TanggalStatus,
    LaporLokasi Lokasi,
    LaporPelapor? Pelapor,
    string? TindakLanjut,
    string? Tanggapan);

public sealed record LaporLokasi(double? Lat, double? Lng, string? Alamat, string? KodeKelurahan);

public sealed record LaporPelapor(string? Nama, string? Telepon, string? Email);

public static class LaporExchange
{
    /// <summary>Our status ↔ the exchange's word; both directions use this one table.</summary>
    public static readonly ImmutableDictionary<ComplaintStatus, string> StatusWords = new Dictionary<ComplaintStatus, string>
    {
        [ComplaintStatus.Received] = "belum_terverifikasi",
        [ComplaintStatus.Verified] = "terverifikasi",
        [ComplaintStatus.Postponed] = "ditunda",
        [ComplaintStatus.NotOurAuthority] = "bukan_kewenangan",
        [ComplaintStatus.Archived] = "diarsipkan",
        [ComplaintStatus.Dispatched] = "didisposisikan",
        [ComplaintStatus.FollowedUp] = "ditindaklanjuti",
        [ComplaintStatus.Responded] = "ditanggapi",
        [ComplaintStatus.Closed] = "selesai",
        [ComplaintStatus.Reopened] = "dibuka_kembali",
        [ComplaintStatus.Merged] = "digabung",
    }.ToImmutableDictionary();

    public static LaporRecord ToLapor(ComplaintView v, string? laporId = null) => new(
        v.Id, laporId, v.Category, v.Description, StatusWords[v.Status], v.Channel.ToString(), v.OpdCode, v.Anonymous, v.Confidential,
        v.ReceivedAt, v.History.Length > 0 ? v.History[^1].At : v.UpdatedAt,
        new LaporLokasi(v.Location.Latitude, v.Location.Longitude, v.Location.Address, v.Location.KelurahanCode),
        v.Reporter is { } r ? new LaporPelapor(r.Name, r.Phone, r.Email) : null, v.FollowUp, v.Response);

    /// <summary>The import a record becomes; an unknown status or channel is an <see cref="ArgumentException"/> naming the field.</summary>
    public static ComplaintImport FromLapor(LaporRecord r, string actor)
    {
        var status = StatusWords.FirstOrDefault(p => p.Value == r.Status).Key;
        if (!StatusWords.ContainsValue(r.Status ?? "") || status == ComplaintStatus.Merged)
        {
            throw new ArgumentException($"One of {string.Join(", ", StatusWords.Values.Where(w => w != "digabung"))}.", "status");
        }

        if (!QueryParameters.TryName<ComplaintChannel>(r.Kanal, out var channel))
        {
            channel = ComplaintChannel.Lapor;
        }

        var submission = new ComplaintSubmission(channel, r.Kategori, r.Isi,
            new ComplaintLocation(r.Lokasi?.Lat, r.Lokasi?.Lng, r.Lokasi?.Alamat, r.Lokasi?.KodeKelurahan),
            r.Pelapor is { } p ? new ComplaintReporter(p.Nama, p.Telepon, p.Email) : null, r.Anonim, r.Rahasia, "lapor.go.id", r.LaporId);
        var note = r.Tanggapan ?? r.TindakLanjut ?? (r.LaporId is null ? "LAPOR!" : $"LAPOR! {r.LaporId}");
        return new ComplaintImport(submission, r.TanggalLapor, status, r.TanggalStatus < r.TanggalLapor ? r.TanggalLapor : r.TanggalStatus, r.Instansi, actor, note);
    }
}
