using System.Collections.Immutable;

namespace AmbonCC.Incidents;

/// <summary>How bad an alarm is; an incident takes the worst of its alarms.</summary>
/// <remarks>
/// Stored and sent as the number: the lowest level was called <c>Info</c> and is now <see cref="Warning"/> with the
/// same value, so stored alarms read unchanged. <see cref="Info"/> stays as a second name for code written before.
/// </remarks>
public enum AlarmSeverity
{
    Warning = 0,
    Minor = 1,
    Major = 2,
    Critical = 3,

    /// <summary>The old name of <see cref="Warning"/>.</summary>
    Info = Warning,
}

/// <summary>Where an alarm or incident is: the kelurahan it concerns and, when known, a point.</summary>
/// <param name="KelurahanCodes">Kemendagri codes, e.g. the kelurahan downstream of a gauge.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.AlarmArea")]
public sealed record AlarmArea(
    [property: Id(0)] ImmutableArray<string> KelurahanCodes,
    [property: Id(1)] double? Latitude = null,
    [property: Id(2)] double? Longitude = null)
{
    public static readonly AlarmArea None = new([]);

    /// <summary>True when both coordinates are known.</summary>
    public bool HasPoint => Latitude is not null && Longitude is not null;
}

/// <summary>A source telling the center that a condition holds (or still holds).</summary>
/// <param name="Source">What raised it, e.g. <c>gauge:PDA-BATUMERAH-1</c>.</param>
/// <param name="Type">The condition, e.g. <c>siaga</c>, <c>rate_of_rise</c>, <c>stale</c>.</param>
/// <param name="Summary">One line in Bahasa Indonesia for operators.</param>
/// <param name="CorrelationKey">
/// Alarms with the same key join one open incident, e.g. <c>river:Wai Batu Merah</c>. Null: the alarm gets an
/// incident of its own (keyed by the alarm id).
/// </param>
/// <param name="At">When the condition was observed; a raise with the same <c>At</c> as the last one is a retry.</param>
/// <param name="IncidentTitle">Title for a new incident; the summary when null.</param>
/// <param name="SummaryCode">The summary as a code of <see cref="AlarmTexts"/> with <paramref name="SummaryArgs"/>, rendered in the reader's language; <paramref name="Summary"/> is then a short fallback (e.g. the gauge's name).</param>
/// <param name="IncidentTitleCode">The title of a new incident as a code of <see cref="IncidentTitles"/> with <paramref name="IncidentTitleArgs"/>; <paramref name="IncidentTitle"/> is then the fallback text.</param>
/// <param name="Links">Things the source knows are involved (e.g. the river cameras near a gauge): linked to the incident, so that the incident never has to ask the source's neighbours.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.AlarmRaise")]
public sealed record AlarmRaise(
    [property: Id(0)] string Source,
    [property: Id(1)] string Type,
    [property: Id(2)] AlarmSeverity Severity,
    [property: Id(3)] string Summary,
    [property: Id(4)] IReadOnlyDictionary<string, string> Details,
    [property: Id(5)] AlarmArea Area,
    [property: Id(6)] string? CorrelationKey,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string? IncidentTitle = null,
    [property: Id(9)] string? SummaryCode = null,
    [property: Id(10)] IReadOnlyList<string>? SummaryArgs = null,
    [property: Id(11)] string? IncidentTitleCode = null,
    [property: Id(12)] IReadOnlyList<string>? IncidentTitleArgs = null,
    [property: Id(13)] IReadOnlyList<IncidentLink>? Links = null)
{
    /// <summary>The key of the <see cref="IAlarmGrain"/> this raise goes to.</summary>
    public string AlarmId => AlarmKeys.For(Source, Type);
}

/// <summary>ThingsBoard's four alarm states: active/cleared × acknowledged/unacknowledged.</summary>
public enum AlarmStatus
{
    ActiveUnacknowledged,
    ActiveAcknowledged,
    ClearedUnacknowledged,
    ClearedAcknowledged,
}

/// <summary>One occurrence of an alarm as operators see it.</summary>
/// <param name="Id">The grain key, <c>source|type</c>.</param>
/// <param name="Occurrence">1 for the first raise; a raise after a clear starts the next one.</param>
/// <param name="Count">Raises within this occurrence (1 = raised once, never re-raised).</param>
/// <param name="IncidentId">The incident this occurrence belongs to.</param>
/// <param name="LastRaiseAt">The <see cref="AlarmRaise.At"/> of the last raise taken: a repeat of it is a retry.</param>
/// <param name="Version">Grows with every change, so that a late copy never overwrites a newer one.</param>
/// <param name="SummaryCode">See <see cref="AlarmRaise.SummaryCode"/>; null on alarms raised before codes existed.</param>
/// <param name="ClearReason">A code of <see cref="AlarmTexts"/> (rendered per language) or free text.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.AlarmView")]
public sealed record AlarmView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Source,
    [property: Id(2)] string Type,
    [property: Id(3)] AlarmSeverity Severity,
    [property: Id(4)] string Summary,
    [property: Id(5)] bool Active,
    [property: Id(6)] bool Acknowledged,
    [property: Id(7)] DateTimeOffset RaisedAt,
    [property: Id(8)] DateTimeOffset LastUpdatedAt,
    [property: Id(9)] DateTimeOffset? ClearedAt,
    [property: Id(10)] string? ClearReason,
    [property: Id(11)] string? AcknowledgedBy,
    [property: Id(12)] DateTimeOffset? AcknowledgedAt,
    [property: Id(13)] string? AcknowledgeNote,
    [property: Id(14)] int Count,
    [property: Id(15)] int Occurrence,
    [property: Id(16)] string? IncidentId,
    [property: Id(17)] string? CorrelationKey,
    [property: Id(18)] AlarmArea Area,
    [property: Id(19)] IReadOnlyDictionary<string, string> Details,
    [property: Id(20)] DateTimeOffset LastRaiseAt,
    [property: Id(21)] long Version,
    [property: Id(22)] string? SummaryCode = null,
    [property: Id(23)] IReadOnlyList<string>? SummaryArgs = null)
{
    public AlarmStatus Status => (Active, Acknowledged) switch
    {
        (true, false) => AlarmStatus.ActiveUnacknowledged,
        (true, true) => AlarmStatus.ActiveAcknowledged,
        (false, false) => AlarmStatus.ClearedUnacknowledged,
        _ => AlarmStatus.ClearedAcknowledged,
    };

    /// <summary>Nothing left to do: cleared and acknowledged.</summary>
    public bool IsSettled => !Active && Acknowledged;
}

/// <summary>What a call did to an alarm; the incident timeline and live events say the same.</summary>
public enum AlarmChangeKind
{
    /// <summary>A retry or a call that changes nothing.</summary>
    Unchanged,

    /// <summary>A new occurrence (the first raise, or a raise after a clear).</summary>
    Raised,

    /// <summary>Raised again while active: count, summary and maybe severity changed.</summary>
    Updated,
    Cleared,
    Acknowledged,

    /// <summary>An operator moved the alarm to another incident (a split or a merge).</summary>
    Moved,
}

/// <summary>Builds and splits alarm ids.</summary>
public static class AlarmKeys
{
    public const char Separator = '|';

    public static string For(string source, string type) => source + Separator + type;
}
