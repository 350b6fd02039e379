using System.Buffers;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// The stored form of a terminal's hourly figures: one base64 string instead of a JSON object per hour (about 190
/// bytes each with the storage serializer's type names and reference ids, nine weeks of them per snapshot).
/// </summary>
/// <remarks>
/// Layout (version 1): a version byte, the first hour as whole hours since <see cref="DateTime.MinValue"/>, then per
/// hour in ascending order: hours since the previous one, turnover, tax, receipts and voided. Amounts are sen
/// (<see cref="TaxTransaction.ToSen"/>), every number a zigzag varint, so a quiet hour takes a few bytes and a gap
/// of closed hours one. An hour the layout cannot hold exactly (more than two decimals, not on the hour, a key that
/// is not its own hour) is left out and stays in the dictionary shape, so nothing is ever rounded away.
/// </remarks>
internal static class HourPacking
{
    private const byte Version = 1;
    private const decimal MaxRupiah = long.MaxValue / 100m;

    /// <summary>The packed hours (null when none can be packed) and the hours that must be stored as they are.</summary>
    public static (string? Packed, Dictionary<DateTime, HourFigures>? Unpackable) Pack(IReadOnlyDictionary<DateTime, HourFigures> hours)
    {
        var writer = new ArrayBufferWriter<byte>(16 + hours.Count * 12);
        Dictionary<DateTime, HourFigures>? rest = null;
        long previous = -1;
        foreach (var (key, h) in hours.OrderBy(p => p.Key))
        {
            if (!Packable(key, h))
            {
                (rest ??= [])[key] = h;
                continue;
            }

            var index = h.LocalHour.Ticks / TimeSpan.TicksPerHour;
            if (previous < 0)
            {
                writer.Write([Version]);
                WriteVarint(writer, (ulong)index);
                previous = index;
            }

            WriteVarint(writer, (ulong)(index - previous));
            WriteSigned(writer, TaxTransaction.ToSen(h.Turnover));
            WriteSigned(writer, TaxTransaction.ToSen(h.Tax));
            WriteSigned(writer, h.Receipts);
            WriteSigned(writer, TaxTransaction.ToSen(h.Voided));
            previous = index;
        }

        return (previous < 0 ? null : Convert.ToBase64String(writer.WrittenSpan), rest);
    }

    /// <summary>The hours <see cref="Pack"/> leaves out (null when none): a pass without sorting or encoding.</summary>
    public static Dictionary<DateTime, HourFigures>? Unpackable(IReadOnlyDictionary<DateTime, HourFigures> hours)
    {
        Dictionary<DateTime, HourFigures>? rest = null;
        foreach (var (key, h) in hours)
        {
            if (!Packable(key, h))
            {
                (rest ??= [])[key] = h;
            }
        }

        return rest;
    }

    /// <summary>Adds the packed hours to <paramref name="hours"/>. Throws <see cref="FormatException"/> on a damaged value.</summary>
    public static void Unpack(string? packed, Dictionary<DateTime, HourFigures> hours)
    {
        if (string.IsNullOrEmpty(packed))
        {
            return;
        }

        ReadOnlySpan<byte> data = Convert.FromBase64String(packed);
        if (data[0] != Version)
        {
            throw new FormatException($"Packed hours of version {data[0]} cannot be read by this version (expected {Version}).");
        }

        var at = 1;
        var index = checked((long)ReadVarint(data, ref at));
        while (at < data.Length)
        {
            index = checked(index + (long)ReadVarint(data, ref at));
            var hour = new DateTime(checked(index * TimeSpan.TicksPerHour), DateTimeKind.Unspecified);
            var turnover = TaxTransaction.FromSen(ReadSigned(data, ref at));
            var tax = TaxTransaction.FromSen(ReadSigned(data, ref at));
            var receipts = checked((int)ReadSigned(data, ref at));
            var voided = TaxTransaction.FromSen(ReadSigned(data, ref at));
            hours[hour] = new HourFigures(hour, turnover, tax, receipts, voided);
        }
    }

    private static bool Packable(DateTime key, HourFigures h) =>
        key == h.LocalHour && key.Kind == DateTimeKind.Unspecified && key.Ticks % TimeSpan.TicksPerHour == 0
        && InSen(h.Turnover) && InSen(h.Tax) && InSen(h.Voided);

    private static bool InSen(decimal rupiah) => Math.Abs(rupiah) <= MaxRupiah && decimal.Round(rupiah, 2) == rupiah;

    private static void WriteSigned(ArrayBufferWriter<byte> writer, long value) => WriteVarint(writer, (ulong)((value << 1) ^ (value >> 63)));

    private static void WriteVarint(ArrayBufferWriter<byte> writer, ulong value)
    {
        Span<byte> buffer = stackalloc byte[10];
        var n = 0;
        while (value >= 0x80)
        {
            buffer[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[n++] = (byte)value;
        writer.Write(buffer[..n]);
    }

    private static long ReadSigned(ReadOnlySpan<byte> data, ref int at)
    {
        var raw = ReadVarint(data, ref at);
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (at >= data.Length)
            {
                throw new FormatException("Packed hours end in the middle of a number.");
            }

            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("Packed hours hold a number longer than ten bytes.");
    }
}
