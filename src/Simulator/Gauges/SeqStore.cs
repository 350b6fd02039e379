using System.Text.Json;

namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// Per-gauge sequence numbers that survive restarts, so the server's idempotency on (gauge, seq) never mistakes
/// a new reading for a resend of an old one. Numbers are reserved in blocks written to disk before any of them
/// is used: a crash can leave a gap, never a reuse.
/// </summary>
internal sealed class SeqStore
{
    private readonly string _path;
    private readonly int _block;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _reserved;
    private readonly Dictionary<string, long> _next = new(StringComparer.OrdinalIgnoreCase);

    private SeqStore(string path, int block, Dictionary<string, long> reserved)
    {
        _path = path;
        _block = block;
        _reserved = reserved;
    }

    /// <summary>Opens (or starts) the state file; <paramref name="block"/> numbers are reserved per disk write.</summary>
    public static SeqStore Open(string path, int block = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(block, 1);
        var reserved = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, long>>(File.ReadAllText(path)) ?? []
            : [];
        return new SeqStore(path, block, new Dictionary<string, long>(reserved, StringComparer.OrdinalIgnoreCase));
    }

    public long Next(string gauge)
    {
        lock (_gate)
        {
            if (!_next.TryGetValue(gauge, out var next))
            {
                next = _reserved.GetValueOrDefault(gauge) + 1;
            }

            if (next > _reserved.GetValueOrDefault(gauge))
            {
                _reserved[gauge] = next + _block - 1;
                Save();
            }

            _next[gauge] = next + 1;
            return next;
        }
    }

    /// <summary>Write-then-rename so that a crash mid-write leaves the previous file intact.</summary>
    private void Save()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(_path))!;
        Directory.CreateDirectory(directory);
        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_reserved, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temp, _path, overwrite: true);
    }
}
