using AmbonCC.City;

namespace AmbonCC.Silo.Hosting;

public enum StorageProfile
{
    /// <summary>One silo, SQLite file under the data directory; nothing to install.</summary>
    Embedded,

    /// <summary>PostgreSQL for state, reminders and ledgers; Redis for clustering; many silos.</summary>
    Production,
}

/// <summary>The <c>AmbonCC</c> configuration section.</summary>
public sealed class AmbonOptions
{
    public const string Section = "AmbonCC";

    public StorageProfile Profile { get; set; } = StorageProfile.Embedded;

    /// <summary>Where the embedded profile keeps its SQLite file.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Apply deploy/sql before the silo starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Load the demo city into an empty store.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>The city's time zone (IANA id): dates, day boundaries and times on screen follow it.</summary>
    public string TimeZone { get; set; } = CityClock.DefaultTimeZone;

    public string ClusterId { get; set; } = "ambon-cc";

    public string ServiceId { get; set; } = "ambon-cc";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos reach this one on (Production); loopback by default.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>Production: how often a silo checks that its membership entry is still in Redis.</summary>
    public TimeSpan MembershipCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string SqliteFile => Path.GetFullPath(Path.Combine(DataDirectory, "ambon.db"));
}
