namespace AmbonCC.Incidents;

/// <summary>
/// Codes of incident timeline entries (<see cref="TimelineEntry.Code"/>). The entry stores the code and its
/// arguments; each screen renders them in its reader's language. The comment lists the arguments in order.
/// </summary>
public static class TimelineCodes
{
    /// <summary>[title]</summary>
    public const string Opened = "incident.opened";

    /// <summary>[camera codes, comma separated]</summary>
    public const string CamerasLinked = "incident.cameras-linked";

    /// <summary>[link kind (an <see cref="IncidentLinkKind"/> name), label]</summary>
    public const string Linked = "incident.linked";

    /// <summary>[reason]</summary>
    public const string Closed = "incident.closed";

    /// <summary>[alarm type, severity, source, then the alarm's summary code and its arguments]</summary>
    public const string AlarmRaised = "alarm.raised";

    /// <summary>[alarm type, source, severity before, severity now, then the summary code and its arguments]</summary>
    public const string AlarmSeverityChanged = "alarm.severity";

    /// <summary>[alarm type, source, clear reason (a code of <see cref="AlarmTexts"/> or free text)]</summary>
    public const string AlarmCleared = "alarm.cleared";

    /// <summary>[alarm type, source, note]</summary>
    public const string AlarmAcknowledged = "alarm.acknowledged";

    /// <summary>[CAP msgType, message number, headline, Siaga level name]</summary>
    public const string WarningMessage = "warning.message";

    /// <summary>[note]</summary>
    public const string Acknowledged = "incident.acknowledged";

    /// <summary>[assignee]</summary>
    public const string Assigned = "incident.assigned";

    /// <summary>[comment text]</summary>
    public const string Comment = "incident.comment";

    /// <summary>[tier (an <see cref="EscalationTier"/> name), minutes unacknowledged, reason (empty when automatic)]</summary>
    public const string Escalated = "incident.escalated";

    /// <summary>[reminder number, minutes unacknowledged]</summary>
    public const string Reminder = "incident.reminder";

    /// <summary>[checklist step code, "1" ticked or "0" unticked]</summary>
    public const string ChecklistTicked = "incident.checklist";

    /// <summary>[alarm type, source, the other incident's id]</summary>
    public const string SplitOut = "incident.split-out";

    /// <summary>[alarm type, source, the incident it came from]</summary>
    public const string SplitIn = "incident.split-in";

    /// <summary>[the incident merged into this one, its title]</summary>
    public const string MergedFrom = "incident.merged-from";

    /// <summary>[the incident this one was merged into]</summary>
    public const string MergedInto = "incident.merged-into";

    /// <summary>[the other incident, the alarm type that joined, kelurahan codes]</summary>
    public const string Correlated = "incident.correlated";

    /// <summary>The actor of entries the system writes by itself.</summary>
    public const string SystemActor = "system";
}

/// <summary>Codes of alarm summaries (<see cref="AlarmView.SummaryCode"/>) and clear reasons, and the alarm types.</summary>
public static class AlarmTexts
{
    /// <summary>Alarm type: a gauge's Siaga band.</summary>
    public const string LevelType = "siaga";

    /// <summary>Alarm type: a gauge's water rising fast.</summary>
    public const string RiseType = "rate_of_rise";

    /// <summary>Alarm type: a gauge that stopped reporting.</summary>
    public const string StaleType = "stale";

    /// <summary>Alarm type: a warning that could not be published.</summary>
    public const string PublishFailedType = "cap_publish_failed";

    /// <summary>[gauge name, Siaga level name, level cm]</summary>
    public const string GaugeLevel = "gauge.level";

    /// <summary>[gauge name, rate cm per 10 min, level cm]</summary>
    public const string GaugeRise = "gauge.rise";

    /// <summary>[gauge name, last reading time (round-trip "o" format) or empty]</summary>
    public const string GaugeStale = "gauge.stale";

    /// <summary>[warning id, error]</summary>
    public const string WarningPublishFailed = "warning.publish-failed";

    /// <summary>Clear reason: the sensor reports again.</summary>
    public const string ClearedSensorBack = "cleared.sensor-back";

    /// <summary>Clear reason: the rise slowed down.</summary>
    public const string ClearedRiseSlowed = "cleared.rise-slowed";

    /// <summary>Clear reason: the level is back to normal (Siaga 4).</summary>
    public const string ClearedBackToNormal = "cleared.back-to-normal";

    /// <summary>[camera name, condition: <c>offline</c>, <c>frozen</c> or <c>not_recording</c>]</summary>
    public const string CameraCondition = "camera.condition";

    /// <summary>[camera name, analytics label (e.g. <c>garbage_overflow</c>), score with two decimals]</summary>
    public const string CameraEvent = "camera.event";

    /// <summary>
    /// [restaurant name, finding kind (a <c>FindingKind</c> name), then per kind: DeviceOff [last seen ("o") or
    /// empty]; StillRedAfter3Days [red since ("o"), days]; ReceiptReset [from, to]; ChangedReceipt [receipt numbers]]
    /// </summary>
    public const string TaxFinding = "tax.finding";

    /// <summary>[complaint id, category code]</summary>
    public const string ComplaintReport = "complaint.report";

    /// <summary>[complaint id, "FollowUp" or "Verification", OPD code (empty for the command center)]</summary>
    public const string ComplaintOverdue = "complaint.overdue";

    /// <summary>Clear reason: the camera is healthy again.</summary>
    public const string ClearedCameraBack = "cleared.camera-back";

    /// <summary>Clear reason: the tax terminal reports again.</summary>
    public const string ClearedTerminalBack = "cleared.terminal-back";

    /// <summary>Clear reason: the VMS analytics ended the event.</summary>
    public const string ClearedEventEnded = "cleared.event-ended";

    /// <summary>Clear reason: the complaint left the open states, or is no field matter any more.</summary>
    public const string ClearedComplaintSettled = "cleared.complaint-settled";

    /// <summary>Clear reason: the complaint's deadline is met or gone.</summary>
    public const string ClearedDeadlineSettled = "cleared.deadline-settled";
}
