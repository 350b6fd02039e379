namespace AmbonCC.Warnings;

/// <summary>The public CAP Atom feed, built in the silo from the published warnings. A stateless worker; key <see cref="Any"/>.</summary>
[Alias("AmbonCC.Warnings.ICapFeedGrain")]
public interface ICapFeedGrain : IGrainWithIntegerKey
{
    public const long Any = 0;

    /// <summary>The feed as Atom 1.0 XML; links start with <paramref name="baseUrl"/> (no trailing slash), the server that serves it.</summary>
    [Alias("Atom")]
    Task<string> GetAtomAsync(string baseUrl);
}
