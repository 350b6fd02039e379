namespace AmbonCC.Simulator;

/// <summary>A stable number per string: string.GetHashCode changes every process, FNV-1a does not.</summary>
internal static class Stable
{
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>A number in [0, 1).</summary>
    public static double Unit(string text) => Hash(text) / 4294967296.0;
}
