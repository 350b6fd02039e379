using AmbonCC.Platform.Outbox;
namespace AmbonCC.Silo.Outbox;

internal enum OutboxTransportKind
{
    /// <summary>Workers poll the outbox table and claim rows with a lease.</summary>
    Embedded,

    /// <summary>A relay pushes rows to a Redis Stream; workers read it through a consumer group.</summary>
    Redis,
}

/// <summary>The <c>AmbonCC:Outbox</c> section.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "AmbonCC:Outbox";

    /// <summary>Null: Redis for the Production profile, Embedded otherwise.</summary>
    public OutboxTransportKind? Transport { get; set; }

    /// <summary>Where <see cref="WebhookChannelSender"/> POSTs every message.</summary>
    public string? WebhookUrl { get; set; }

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts before a message is parked.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay after the first failed attempt; doubled after each further one up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claim holds; a worker that dies mid-send gives the message up after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Messages claimed (and delivered concurrently) per round.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Run <see cref="OutboxWorker"/> in this process.</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>This worker's name in claims and in the consumer group; unique per process by default.</summary>
    public string ConsumerName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Redis connection; ConnectionStrings:Redis when empty.</summary>
    public string? RedisConnectionString { get; set; }

    public string StreamKey { get; set; } = "ambon:outbox";

    public string ConsumerGroup { get; set; } = "ambon-outbox-workers";

    /// <summary>
    /// A relayed message not claimed within this time is pushed again (the stream entry was lost, for example
    /// a Redis restart without persistence). Duplicates are harmless: a worker claims the row before sending.
    /// </summary>
    public TimeSpan RelayStaleAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a worker takes over pending entries idle for longer than <see cref="Lease"/>.</summary>
    public TimeSpan AutoClaimInterval { get; set; } = TimeSpan.FromSeconds(10);
}
