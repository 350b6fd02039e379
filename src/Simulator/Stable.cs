namespace AmbonCC.Simulator;

/// <summary>A stable number per string: string.GetHashCode changes every process, this does not.</summary>
internal static class Stable
{
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        // FNV alone leaves strings that differ only in their last characters close together in the high bits;
        // MurmurHash3's finaliser spreads them, so "r1", "r2", ... fall evenly over [0, 1).
        hash ^= hash >> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35;
        return hash ^ (hash >> 16);
    }

    /// <summary>A number in [0, 1).</summary>
    public static double Unit(string text) => Hash(text) / 4294967296.0;
}
