namespace AmbonCC.Web.Resources;

// Marker types of the resource files next to them (e.g. SharedText.resx, SharedText.en-US.resx): one per feature,
// so that each page asks IStringLocalizer<T> for the texts of its own feature.

/// <summary>Layout, navigation and words every page uses.</summary>
public sealed class SharedText;

/// <summary>Sign-in and user/key administration.</summary>
public sealed class AccountText;

/// <summary>River gauges, charts and thresholds.</summary>
public sealed class RiversText;

/// <summary>Flood warnings, their recipients and timeline.</summary>
public sealed class WarningsText;

/// <summary>Incidents, alarms and their timeline.</summary>
public sealed class IncidentsText;

/// <summary>Complaints (SP4N-LAPOR): inbox, detail, the public /lapor pages.</summary>
public sealed class ComplaintsText;

/// <summary>Restaurant tax (PBJT): terminals, taxpayers, cases.</summary>
public sealed class TaxText;

/// <summary>Cameras (CCTV): the wall, a camera's page, the mayor's wall.</summary>
public sealed class CamerasText;

/// <summary>The city map and the overview's figures (tiles, incident feed, the video wall).</summary>
public sealed class MapText;
/// <summary>The daily report: archive, a report, read receipts.</summary>
public sealed class ReportsText;

/// <summary>Administration: users, API keys, the audit log.</summary>
public sealed class AdminText;

/// <summary>Shifts and their handover.</summary>
public sealed class ShiftsText;
