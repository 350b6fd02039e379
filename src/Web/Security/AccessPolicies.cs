using System.Security.Claims;
using AmbonCC.Platform;
using AmbonCC.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace AmbonCC.Web.Security;

/// <summary>
/// Named authorization policies, one per capability; pages and endpoints refer to these names only, and README's
/// access table (checked by AccessTableTests) says which roles and key scopes each endpoint admits.
/// Policies name no authentication scheme: the default "smart" scheme reads the API key when the header is sent and
/// the cookie otherwise, so a valid key on a people-only endpoint is refused with 403 and a missing identity with 401.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any signed-in person (any role, not a machine key): the overview, bulletins, audit of thresholds.</summary>
    public const string Staff = "staff";

    /// <summary>Gauges, readings and live events: any signed-in person or any valid API key.</summary>
    public const string ReadRivers = "read-rivers";

    /// <summary>Warning status, messages and timeline; recipients' personal data only with <see cref="ReadRecipients"/>.</summary>
    public const string ReadWarnings = "read-warnings";

    /// <summary>Recipients' names and phone numbers (personal data).</summary>
    public const string ReadRecipients = "read-recipients";

    public const string EditRecipients = "edit-recipients";
    public const string ApproveWarnings = "approve-warnings";
    public const string EditThresholds = "edit-thresholds";
    public const string ReadIncidents = "read-incidents";
    public const string AcknowledgeAlarms = "acknowledge-alarms";
    public const string CloseIncidents = "close-incidents";

    /// <summary>Comment, escalate to the Supervisor, tick SOP steps, split and merge incidents.</summary>
    public const string WorkIncidents = "work-incidents";

    /// <summary>Assign incidents to people.</summary>
    public const string AssignIncidents = "assign-incidents";
    public const string PostBulletins = "post-bulletins";
    public const string WatchCameras = "watch-cameras";

    /// <summary>The read-only camera wall and the latest pictures: every signed-in person (the mayor's office too).</summary>
    public const string ViewCameraWall = "view-camera-wall";

    /// <summary>The camera list with status: the camera desk, or any valid API key.</summary>
    public const string ReadCameras = "read-cameras";

    /// <summary>Record a police request for footage, its handover, and read its custody log.</summary>
    public const string RequestEvidence = "request-evidence";

    /// <summary>Approve or refuse a request (legal hold) and release a hold.</summary>
    public const string ApproveEvidence = "approve-evidence";

    /// <summary>Record the exported clip: the camera desk, or a VMS key (for its own cameras).</summary>
    public const string RecordEvidenceExport = "record-evidence-export";

    /// <summary>A camera's own device key or a VMS key (the handler checks which cameras it speaks for).</summary>
    public const string CameraDevices = "camera-devices";
    public const string TaxWork = "tax-work";

    /// <summary>Steps of a taxpayer's enforcement case (field check, letters, compliance): TaxOfficers only.</summary>
    public const string TaxEnforcement = "tax-enforcement";

    /// <summary>SPTPD entry: a TaxOfficer, or the key of the revenue agency (<see cref="RevenueAgencySubjects"/>).</summary>
    public const string TaxDeclarations = "tax-declarations";

    /// <summary>The terminal list, anomaly queue and city figures: people of <see cref="TaxWork"/>, or the revenue agency's key (every terminal is its own).</summary>
    public const string TaxTerminalList = "tax-terminal-list";
    public const string Complaints = "complaints";
    /// <summary>The daily report's pages and archive: the desk, Leadership, and OPD staff (their OPD's edition only).</summary>
    public const string Reports = "reports";

    /// <summary>The daily report over the API: people who may read reports, or an OPD key (its OPD's edition).</summary>
    public const string ReadReports = "read-reports";

    /// <summary>Generate a report on demand.</summary>
    public const string GenerateReports = "generate-reports";

    /// <summary>Who opened a report when, and how its e-mails went.</summary>
    public const string ReadReportReceipts = "read-report-receipts";

    /// <summary>Who receives the report by e-mail, and which edition.</summary>
    public const string ManageReportSubscriptions = "manage-report-subscriptions";
    public const string ManageUsers = "manage-users";
    public const string ManageKeys = "manage-keys";
    public const string RegisterGauges = "register-gauges";

    /// <summary>Search and export the audit log.</summary>
    public const string ReadAudit = "read-audit";

    /// <summary>Start and end one's own shift and read the handover.</summary>
    public const string Shifts = "shifts";
    public const string OpsDashboard = "ops-dashboard";

    /// <summary>Supervisor work in general; prefer the capability names above.</summary>
    public const string Supervisors = "supervisors";

    /// <summary>Admin work in general; prefer the capability names above.</summary>
    public const string Admins = "admins";

    /// <summary>Devices sending their own data (the subject is checked per request).</summary>
    public const string Devices = "devices";

    /// <summary>Messaging gateways reporting receipts.</summary>
    public const string Gateways = "gateways";

    /// <summary>Same as <see cref="ReadRivers"/>: any signed-in person or any valid API key.</summary>
    public const string AnyClient = "any-client";

    /// <summary>Machine clients with an OPD key, OPD staff, or people of the command center.</summary>
    public const string OpdApi = "opd-api";

    private static readonly string[] Supervision = [Roles.Supervisor, Roles.Admin];
    private static readonly string[] Desk = [Roles.Operator, Roles.Supervisor, Roles.Admin];

    /// <summary>The roles of each people-only capability; the single place that says who does what.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Staff] = [.. Roles.All],
        [ReadWarnings] = [Roles.Operator, Roles.Supervisor, Roles.OpdStaff, Roles.Admin],
        [ReadRecipients] = Desk,
        [EditRecipients] = Supervision,
        [ApproveWarnings] = Supervision,
        [EditThresholds] = Supervision,
        [ReadIncidents] = Desk,
        [AcknowledgeAlarms] = Desk,
        [CloseIncidents] = Supervision,
        [WorkIncidents] = Desk,
        [AssignIncidents] = Supervision,
        [PostBulletins] = Supervision,
        [WatchCameras] = Desk,
        [ViewCameraWall] = [.. Roles.All],
        [RequestEvidence] = Desk,
        [ApproveEvidence] = Supervision,
        [TaxWork] = [Roles.TaxOfficer, Roles.Operator, Roles.Supervisor, Roles.Admin],
        [TaxEnforcement] = [Roles.TaxOfficer],
        [Complaints] = [Roles.Operator, Roles.Supervisor, Roles.OpdStaff, Roles.Admin],
        [Reports] = [Roles.Operator, Roles.Supervisor, Roles.Admin, Roles.Leadership, Roles.OpdStaff],
        [GenerateReports] = Supervision,
        [ReadReportReceipts] = Supervision,
        [ManageReportSubscriptions] = [Roles.Admin],
        [ManageUsers] = [Roles.Admin],
        [ManageKeys] = [Roles.Admin],
        [RegisterGauges] = [Roles.Admin],
        [ReadAudit] = [Roles.Admin],
        [Shifts] = Desk,
        [OpsDashboard] = [Roles.Ops, Roles.Admin],
        [Supervisors] = Supervision,
        [Admins] = [Roles.Admin],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var name in RolesByPolicy.Keys)
        {
            options.AddPolicy(name, p => p.RequireAssertion(c => Allows(c.User, name)));
        }

        var key = ApiKeyAuthenticationHandler.SchemeName;
        options.AddPolicy(OpdApi, p => p.RequireAssertion(c =>
            IsKey(c.User, ApiScopes.Opd) || (IsPerson(c.User) && (c.User.IsInRole(Roles.OpdStaff) || IsCenterStaff(c.User)))));
        options.AddPolicy(TaxDeclarations, p => p.RequireAssertion(c =>
            (IsKey(c.User, ApiScopes.Opd) && RevenueAgencySubjects.Contains(c.User.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value ?? "", StringComparer.OrdinalIgnoreCase))
            || (IsPerson(c.User) && c.User.IsInRole(Roles.TaxOfficer))));
        options.AddPolicy(TaxTerminalList, p => p.RequireAssertion(c =>
            Allows(c.User, TaxWork)
            || (IsKey(c.User, ApiScopes.Opd) && RevenueAgencySubjects.Contains(c.User.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value ?? "", StringComparer.OrdinalIgnoreCase))));
        options.AddPolicy(Devices, p => p.RequireAssertion(c => IsKey(c.User, ApiScopes.DeviceIngest)));
        options.AddPolicy(CameraDevices, p => p.RequireAssertion(c => IsKey(c.User, ApiScopes.DeviceIngest) || IsKey(c.User, ApiScopes.Vms)));
        options.AddPolicy(RecordEvidenceExport, p => p.RequireAssertion(c => Allows(c.User, RequestEvidence) || IsKey(c.User, ApiScopes.Vms)));
        options.AddPolicy(ReadCameras, p => p.RequireAssertion(c => Allows(c.User, WatchCameras) || c.User.Identity?.AuthenticationType == key));
        options.AddPolicy(Gateways, p => p.RequireAssertion(c => IsKey(c.User, ApiScopes.Gateway)));
        options.AddPolicy(ReadRivers, p => p.RequireAssertion(c => IsPerson(c.User) || c.User.Identity?.AuthenticationType == key));
        options.AddPolicy(ReadReports, p => p.RequireAssertion(c => Allows(c.User, Reports) || IsKey(c.User, ApiScopes.Opd)));
        options.AddPolicy(AnyClient, p => p.RequireAssertion(c => IsPerson(c.User) || c.User.Identity?.AuthenticationType == key));
        options.FallbackPolicy = options.GetPolicy(Staff);
    }

    /// <summary>Whether a signed-in person holds a people-only capability (for what a page shows or enables).</summary>
    public static bool Allows(ClaimsPrincipal user, string policy) =>
        IsPerson(user) && RolesByPolicy.TryGetValue(policy, out var roles) && roles.Any(user.IsInRole);

    /// <summary>People who work in the command center see every OPD's work; an OPD key or OPD staff only its own.</summary>
    public static bool MaySpeakFor(ClaimsPrincipal user, string subject)
    {
        if (user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim) is { } keySubject)
        {
            return string.Equals(keySubject.Value, subject, StringComparison.OrdinalIgnoreCase);
        }

        if (user.IsInRole(Roles.OpdStaff) && !IsCenterStaff(user))
        {
            return SubjectKeys.IdOf(subject, SubjectKeys.OpdKind) is { } opd
                && string.Equals(user.FindFirst(OpdClaim)?.Value, opd, StringComparison.OrdinalIgnoreCase);
        }

        return IsCenterStaff(user);
    }

    /// <summary>
    /// A camera's own key (<c>camera:CODE</c>, device scope) or the key of the VMS its profile names
    /// (<c>vms:NAME</c>, vms scope); people never write camera data.
    /// </summary>
    public static bool MayWriteCamera(ClaimsPrincipal user, string code, string? vmsId)
    {
        var subject = user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value;
        return (IsKey(user, ApiScopes.DeviceIngest) && string.Equals(subject, "camera:" + code, StringComparison.OrdinalIgnoreCase))
            || (IsKey(user, ApiScopes.Vms) && vmsId is { Length: > 0 } && string.Equals(subject, "vms:" + vmsId, StringComparison.OrdinalIgnoreCase));
    }

    public const string OpdClaim = "ambon:opd";

    /// <summary>OPD keys that may post SPTPD: the revenue agency (BPPRD in Ambon; Bapenda in many cities).</summary>
    public static readonly IReadOnlyList<string> RevenueAgencySubjects = ["opd:BPPRD", "opd:BAPENDA"];

    private static bool IsPerson(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };

    private static bool IsKey(ClaimsPrincipal user, string scope) =>
        user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
        && user.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope);

    private static bool IsCenterStaff(ClaimsPrincipal user) =>
        IsPerson(user)
        && (user.IsInRole(Roles.Operator) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.TaxOfficer));
}
