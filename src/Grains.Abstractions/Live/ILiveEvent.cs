namespace AmbonCC.Live;

/// <summary>
/// A change notice on a domain's live stream. Each domain has its own typed records carrying the new state a page
/// shows, so that pages apply them without parsing strings or calling the grain back.
/// </summary>
public interface ILiveEvent
{
    /// <summary>What changed: a gauge code, a warning id, an incident or alarm id. Delivery coalesces per subject.</summary>
    string SubjectId { get; }

    /// <summary>When the producer announced the change; the web process measures its live lag from it.</summary>
    DateTimeOffset At { get; }

    /// <summary>A short, stable name of the event (the Server-Sent Events type).</summary>
    string Kind { get; }
}

/// <summary>An event on <see cref="Platform.LiveStreamIds.Rivers"/>.</summary>
public interface IRiverEvent : ILiveEvent;

/// <summary>An event on <see cref="Platform.LiveStreamIds.Warnings"/>.</summary>
public interface IWarningEvent : ILiveEvent;

/// <summary>An event on <see cref="Platform.LiveStreamIds.Incidents"/>.</summary>
public interface IIncidentEvent : ILiveEvent;

/// <summary>An event on <see cref="Platform.LiveStreamIds.Overview"/>.</summary>
public interface IOverviewEvent : ILiveEvent;

/// <summary>An event on <see cref="Platform.LiveStreamIds.Tax"/>.</summary>
public interface ITaxEvent : ILiveEvent;

/// <summary>An event on <see cref="Platform.LiveStreamIds.Cameras"/>.</summary>
public interface ICameraEvent : ILiveEvent;

/// <summary>An event on <see cref="Platform.LiveStreamIds.Complaints"/> (complaints and live chats; pages only, no SSE).</summary>
public interface IComplaintEvent : ILiveEvent;

/// <summary>Which event family each domain stream carries.</summary>
public static class LiveEventTypes
{
    public static Type? ForDomain(string domain) => domain switch
    {
        Platform.LiveStreamIds.Rivers => typeof(IRiverEvent),
        Platform.LiveStreamIds.Warnings => typeof(IWarningEvent),
        Platform.LiveStreamIds.Incidents => typeof(IIncidentEvent),
        Platform.LiveStreamIds.Overview => typeof(IOverviewEvent),
        Platform.LiveStreamIds.Tax => typeof(ITaxEvent),
        Platform.LiveStreamIds.Cameras => typeof(ICameraEvent),
        _ => null,
    };
}
