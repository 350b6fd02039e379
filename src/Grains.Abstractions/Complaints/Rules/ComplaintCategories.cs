using System.Collections.Immutable;

namespace AmbonCC.Complaints.Rules;

/// <summary>A kind of complaint, its Open311 service and the OPD it usually goes to.</summary>
public sealed record ComplaintCategory(string Code, string Name, string EnglishName, string DefaultOpd, string Group);

/// <summary>The categories the center uses; their codes are the Open311 service codes.</summary>
public static class ComplaintCategories
{
    public static readonly ImmutableArray<ComplaintCategory> All =
    [
        new("sampah", "Sampah tidak diangkut / TPS penuh", "Garbage not collected / full TPS", "DLHP", "Lingkungan"),
        new("jalan", "Jalan rusak", "Damaged road", "PUPR", "Infrastruktur"),
        new("drainase", "Drainase / saluran tersumbat", "Blocked drain", "PUPR", "Infrastruktur"),
        new("banjir", "Genangan / banjir", "Flooding", "BPBD", "Bencana"),
        new("lalu-lintas", "Lalu lintas / lampu lalu lintas", "Traffic / traffic lights", "DISHUB", "Perhubungan"),
        new("ketertiban", "Ketertiban umum", "Public order", "SATPOL-PP", "Ketertiban"),
        new("pasar", "Pasar", "Markets", "DISPERINDAG", "Ekonomi"),
        new("kesehatan", "Layanan kesehatan", "Health services", "DINKES", "Sosial"),
        new("kependudukan", "Administrasi kependudukan", "Civil registration", "DISDUKCAPIL", "Layanan"),
        new("pajak", "Pajak daerah", "Local taxes", "BPPRD", "Pendapatan"),
        new("lainnya", "Lainnya", "Other", "DISKOMINFOSANDI", "Lainnya"),
    ];

    public static ComplaintCategory? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    public static bool IsKnown(string? code) => Find(code) is not null;
}
