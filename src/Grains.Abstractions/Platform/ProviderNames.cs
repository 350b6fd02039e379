namespace AmbonCC.Platform;

/// <summary>Names of Orleans providers and streams, shared by every producer and consumer.</summary>
public static class ProviderNames
{
    /// <summary>
    /// Grain state storage used by every domain grain. The ADO.NET provider keys rows by state name and grain key,
    /// not by grain class: every grain class must use a state name of its own.
    /// </summary>
    public const string GrainStorage = "Default";

    /// <summary>Durable store for stream subscriptions (the name Orleans looks up).</summary>
    public const string PubSubStore = "PubSubStore";

    /// <summary>The stream provider that carries live change events to web processes.</summary>
    public const string LiveStreams = "Live";
}

/// <summary>Stream namespaces on <see cref="ProviderNames.LiveStreams"/>; the key is a domain name.</summary>
public static class LiveStreamIds
{
    public const string Namespace = "live";

    /// <summary>One stream per domain so that a page can subscribe to what it shows.</summary>
    public const string Overview = "overview";

    /// <summary>Gauge levels, bands and alarms.</summary>
    public const string Rivers = "rivers";

    /// <summary>Flood warnings and their per-recipient delivery.</summary>
    public const string Warnings = "warnings";

    /// <summary>Alarms, incidents and the incident queue of every domain.</summary>
    public const string Incidents = "incidents";

    /// <summary>Camera health, snapshots and analytics events.</summary>
    public const string Cameras = "cameras";

    /// <summary>Tax terminals (green/red, today's figures) and taxpayers' findings and cases.</summary>
    public const string Tax = "tax";

    /// <summary>Every domain stream a web process subscribes to.</summary>
    public static readonly IReadOnlyList<string> Domains = [Overview, Rivers, Warnings, Incidents, Tax, Cameras];

    /// <summary>
    /// Complaints and live chats. Not in <see cref="Domains"/>: its events are per OPD and per chat (a chat's id is the
    /// reporter's secret), so they reach this process's pages only, never the SSE endpoint.
    /// </summary>
    public const string Complaints = "complaints";

    /// <summary>The streams a web process subscribes to: the SSE domains plus the in-process-only ones.</summary>
    public static readonly IReadOnlyList<string> Subscribed = [.. Domains, Complaints];
}
