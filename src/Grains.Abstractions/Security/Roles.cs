namespace AmbonCC.Security;

/// <summary>The roles of people who log in to the command center.</summary>
public static class Roles
{
    public const string Operator = "Operator";
    public const string Supervisor = "Supervisor";
    public const string TaxOfficer = "TaxOfficer";
    public const string OpdStaff = "OpdStaff";
    public const string Ops = "Ops";
    public const string Admin = "Admin";

    /// <summary>The acting mayor (Pj. Wali Kota) and the city secretary (Sekda): read the city's daily report and the overview.</summary>
    public const string Leadership = "Leadership";

    public static readonly IReadOnlyList<string> All = [Operator, Supervisor, TaxOfficer, OpdStaff, Ops, Admin, Leadership];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>What a machine client's API key lets it do; the subject says on whose behalf.</summary>
public static class ApiScopes
{
    /// <summary>A device (gauge, camera, M-Post terminal) sending its own data; subject "gauge:CODE" etc.</summary>
    public const string DeviceIngest = "device:ingest";

    /// <summary>An agency (OPD) system reading and answering its own work; subject "opd:CODE".</summary>
    public const string Opd = "opd";

    /// <summary>A messaging gateway reporting delivery receipts; subject "gateway:NAME".</summary>
    public const string Gateway = "gateway";

    /// <summary>A video management system speaking for the cameras whose profile names it; subject "vms:NAME".</summary>
    public const string Vms = "vms";

    /// <summary>An Open311 GeoReport v2 client submitting requests; subject "open311:NAME".</summary>
    public const string Open311 = "open311";

    public static readonly IReadOnlyList<string> All = [DeviceIngest, Opd, Gateway, Open311, Vms];
}
