namespace AmbonCC.Incidents;

/// <summary>
/// Incident types: each has an SOP checklist and a family; signals of a correlating family (flood) in the same
/// kelurahan and time window join one incident. The alarm type → incident type table is configuration
/// (<c>AmbonCC:Incidents:AlarmTypes</c>); these are the defaults.
/// </summary>
public static class IncidentTypes
{
    public const string Flood = "flood";
    public const string SensorOffline = "sensor_offline";
    public const string CameraOffline = "camera_offline";
    public const string CameraEvent = "camera_event";

    /// <summary>Garbage at a site: a waste camera's overflow or dumping, a citizen's garbage report.</summary>
    public const string Waste = "waste";

    /// <summary>A citizen's report of a damaged road.</summary>
    public const string Road = "road";
    public const string TaxDeviceOff = "tax_device_off";
    public const string TaxManipulation = "tax_manipulation";
    public const string ComplaintOverdue = "complaint_overdue";
    public const string SystemFault = "system";
    public const string General = "general";

    /// <summary>Alarm type of a citizen's flood report (a complaint in a flood category), raised by the complaints module.</summary>
    public const string FloodReportAlarm = "flood_report";

    /// <summary>Alarm type of a citizen's garbage report (a complaint in a waste category).</summary>
    public const string WasteReportAlarm = "waste_report";

    /// <summary>Alarm type of a citizen's road report (a complaint in a road category).</summary>
    public const string RoadReportAlarm = "road_report";

    /// <summary>Alarm type of a camera's flood-water analytics event.</summary>
    public const string FloodWaterAlarm = "flood_water";

    /// <summary>Default incident type of each alarm type; an unknown alarm type is <see cref="General"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultByAlarmType = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AlarmTexts.LevelType] = Flood,
        [AlarmTexts.RiseType] = Flood,
        [FloodWaterAlarm] = Flood,
        [FloodReportAlarm] = Flood,
        [AlarmTexts.StaleType] = SensorOffline,
        ["offline"] = CameraOffline,
        ["frozen"] = CameraOffline,
        ["not_recording"] = CameraOffline,
        ["traffic_jam"] = CameraEvent,
        ["garbage_overflow"] = Waste,
        ["illegal_dumping"] = Waste,
        [WasteReportAlarm] = Waste,
        [RoadReportAlarm] = Road,
        ["crowd"] = CameraEvent,
        ["accident"] = CameraEvent,
        ["device_off"] = TaxDeviceOff,
        ["manipulation"] = TaxManipulation,
        ["deadline_missed"] = ComplaintOverdue,
        [AlarmTexts.PublishFailedType] = SystemFault,
    };

    /// <summary>Default SOP steps per incident type (codes; texts per language in the UI resources).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DefaultChecklists = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Flood] = ["flood.check-cameras", "flood.call-bpbd", "flood.inform-lurah", "flood.check-warning"],
        [SensorOffline] = ["device.check-power", "device.call-technician"],
        [CameraOffline] = ["device.check-power", "camera.check-vms", "device.call-technician"],
        [CameraEvent] = ["camera.verify-picture", "camera.dispatch-opd"],
        [Waste] = ["camera.verify-picture", "waste.dispatch-dlh", "complaint.inform-reporter"],
        [Road] = ["road.verify-report", "road.dispatch-pupr", "complaint.inform-reporter"],
        [TaxDeviceOff] = ["tax.call-taxpayer", "tax.schedule-visit"],
        [TaxManipulation] = ["tax.secure-evidence", "tax.schedule-visit"],
        [ComplaintOverdue] = ["complaint.call-opd", "complaint.inform-reporter"],
        [SystemFault] = ["system.call-ops"],
        [General] = ["general.verify"],
    };
}

/// <summary>Codes of incident titles (<see cref="IncidentView.TitleCode"/>); the comment lists the arguments.</summary>
public static class IncidentTitles
{
    /// <summary>[river name]</summary>
    public const string FloodRiver = "title.flood-river";

    /// <summary>[gauge name]</summary>
    public const string SensorSilent = "title.sensor-silent";

    /// <summary>[camera name]</summary>
    public const string CameraFault = "title.camera-fault";

    /// <summary>[analytics label, camera name]</summary>
    public const string CameraEvent = "title.camera-event";

    /// <summary>[restaurant name]</summary>
    public const string TaxTerminal = "title.tax-terminal";

    /// <summary>[OPD code, or empty for the command center]</summary>
    public const string ComplaintOverdue = "title.complaint-overdue";

    /// <summary>[kelurahan names]</summary>
    public const string FloodArea = "title.flood-area";

    /// <summary>[category code, kelurahan code]</summary>
    public const string CitizenReport = "title.citizen-report";
}
