namespace AmbonCC.City;

internal static class ProfileKeys
{
    /// <summary>
    /// A profile registered under another grain's key would make the directory index lie, so refuse it.
    /// </summary>
    public static void EnsureMatches(string grainKey, string profileKey, string what)
    {
        if (!string.Equals(grainKey, profileKey, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {what} '{profileKey}' does not match the grain key '{grainKey}'.");
        }
    }
}
