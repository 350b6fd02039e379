using System.Globalization;
using AmbonCC.RiverGauges;

namespace AmbonCC.Warnings.Cap;

/// <summary>The human text of a flood warning, in Bahasa Indonesia for residents and English for everyone else.</summary>
public static class FloodText
{
    /// <summary>One language's event, headline, description and instruction.</summary>
    public sealed record Block(string Language, string Event, string Headline, string Description, string Instruction);

    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static Block Indonesian(FloodWarningFacts f, bool allClear)
    {
        var places = Join(f.Kelurahan.Select(k => k.Name), "dan");
        var at = f.ObservedAt.ToString("d MMMM yyyy 'pukul' HH':'mm", Id) + " " + f.TimeZoneLabel;
        var trend = f.Trend switch
        {
            FloodTrend.Rising => f.RateCmPer10Min is { } r ? $"naik {Cm(r)} cm per 10 menit" : "naik",
            FloodTrend.Falling => "turun",
            _ => "stabil",
        };
        var level = $"Siaga {f.Level.Number()} ({f.Level.IndonesianName()})";
        if (allClear)
        {
            return new("id-ID", "Banjir", $"Peringatan banjir {f.RiverName} dicabut",
                $"Tinggi muka air {f.RiverName} di pos {f.GaugeName} {Cm(f.LevelCm)} cm pada {at}, status {level}, {trend}. " +
                $"Peringatan untuk {places} dicabut.",
                "Tinggi muka air kembali normal. Tetap waspada bila hujan deras turun lagi dan ikuti informasi resmi BPBD Kota Ambon.");
        }

        var instruction = f.Level switch
        {
            SiagaLevel.Siaga1 => "Segera mengungsi ke tempat yang lebih tinggi atau titik kumpul terdekat. Jauhi aliran sungai dan jangan menyeberangi arus. Dahulukan anak-anak, lansia dan penyandang disabilitas. Keadaan darurat: hubungi 112.",
            SiagaLevel.Siaga2 => "Warga di bantaran sungai bersiap mengungsi: amankan dokumen penting dan barang berharga, matikan listrik bila air mulai masuk rumah, ikuti arahan Ketua RT, lurah dan petugas BPBD.",
            _ => "Warga di bantaran sungai diminta waspada: pantau tinggi muka air dan informasi resmi BPBD Kota Ambon, siapkan dokumen penting dan perlengkapan darurat.",
        };
        var prefix = f.MsgType == CapMsgType.Update ? "Pembaruan: " : "";
        // At Normal only a fast rise can have raised the warning: say that, not "Siaga 4 (Normal) banjir".
        var headline = f.Level == SiagaLevel.Siaga4
            ? $"{prefix}Waspada kenaikan cepat {f.RiverName}: air {Cm(f.LevelCm)} cm, {trend}"
            : $"{prefix}{level} banjir {f.RiverName}: air {Cm(f.LevelCm)} cm, {trend}";
        return new("id-ID", "Banjir",
            headline,
            $"Pos duga air {f.GaugeName} di {f.RiverName} mencatat tinggi muka air {Cm(f.LevelCm)} cm pada {at}, status {level}, {trend}. " +
            $"Wilayah yang dapat terdampak: {places}.",
            instruction);
    }

    public static Block English(FloodWarningFacts f, bool allClear)
    {
        var places = Join(f.Kelurahan.Select(k => k.Name), "and");
        var at = f.ObservedAt.ToString("d MMMM yyyy 'at' HH':'mm", CultureInfo.InvariantCulture) + " " + f.TimeZoneLabel;
        var trend = f.Trend switch
        {
            FloodTrend.Rising => f.RateCmPer10Min is { } r ? $"rising {Cm(r)} cm per 10 minutes" : "rising",
            FloodTrend.Falling => "falling",
            _ => "steady",
        };
        var level = $"Siaga {f.Level.Number()} ({f.Level.EnglishName()})";
        if (allClear)
        {
            return new("en-US", "Flood", $"Flood warning for {f.RiverName} cancelled",
                $"The water level of {f.RiverName} at gauge {f.GaugeName} was {Cm(f.LevelCm)} cm on {at}, {level}, {trend}. The warning for {places} is cancelled.",
                "Water levels are back to normal. Stay alert if heavy rain returns and follow BPBD Kota Ambon.");
        }

        var instruction = f.Level switch
        {
            SiagaLevel.Siaga1 => "Evacuate now to higher ground or the nearest assembly point. Keep away from the river and do not cross flowing water. Emergency: call 112.",
            SiagaLevel.Siaga2 => "Residents along the river: prepare to evacuate, secure documents and valuables, switch off electricity if water enters, follow RT heads, lurah and BPBD officers.",
            _ => "Residents along the river: stay alert, watch the water level and official BPBD Kota Ambon information, prepare documents and emergency supplies.",
        };
        var prefix = f.MsgType == CapMsgType.Update ? "Update: " : "";
        var headline = f.Level == SiagaLevel.Siaga4
            ? $"{prefix}Rapid rise, {f.RiverName}: {Cm(f.LevelCm)} cm, {trend}"
            : $"{prefix}{level} flood alert, {f.RiverName}: {Cm(f.LevelCm)} cm, {trend}";
        return new("en-US", "Flood",
            headline,
            $"Gauge {f.GaugeName} on {f.RiverName} measured {Cm(f.LevelCm)} cm on {at}, {level}, {trend}. Areas that may be affected: {places}.",
            instruction);
    }

    private static string Cm(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> names, string and)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => "-",
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {and} {list[^1]}",
        };
    }
}
