namespace AmbonCC.Warnings.Cap;

/// <summary>A CAP 1.2 <c>info</c> block: the event in one language. Resources are not used by this system.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapInfo")]
public sealed record CapInfo
{
    /// <summary>RFC 3066 language, e.g. "id-ID" or "en-US" (CAP's default when absent is "en-US").</summary>
    [Id(0)] public string? Language { get; init; }

    /// <summary>At least one.</summary>
    [Id(1)] public required IReadOnlyList<CapCategory> Categories { get; init; }

    [Id(2)] public required string Event { get; init; }

    [Id(3)] public IReadOnlyList<CapResponseType> ResponseTypes { get; init; } = [];

    [Id(4)] public required CapUrgency Urgency { get; init; }

    [Id(5)] public required CapSeverity Severity { get; init; }

    [Id(6)] public required CapCertainty Certainty { get; init; }

    [Id(7)] public string? Audience { get; init; }

    [Id(8)] public IReadOnlyList<CapValue> EventCodes { get; init; } = [];

    [Id(9)] public DateTimeOffset? Effective { get; init; }

    [Id(10)] public DateTimeOffset? Onset { get; init; }

    [Id(11)] public DateTimeOffset? Expires { get; init; }

    [Id(12)] public string? SenderName { get; init; }

    [Id(13)] public string? Headline { get; init; }

    [Id(14)] public string? Description { get; init; }

    [Id(15)] public string? Instruction { get; init; }

    [Id(16)] public string? Web { get; init; }

    [Id(17)] public string? Contact { get; init; }

    [Id(18)] public IReadOnlyList<CapValue> Parameters { get; init; } = [];

    [Id(19)] public IReadOnlyList<CapArea> Areas { get; init; } = [];
}

/// <summary>A CAP 1.2 <c>area</c>.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapArea")]
public sealed record CapArea
{
    [Id(0)] public required string AreaDesc { get; init; }

    /// <summary>Closed rings: at least 4 points, the first equal to the last.</summary>
    [Id(1)] public IReadOnlyList<CapPolygon> Polygons { get; init; } = [];

    [Id(2)] public IReadOnlyList<CapCircle> Circles { get; init; } = [];

    /// <summary>E.g. valueName "KEMENDAGRI", value "81.71.02.2003".</summary>
    [Id(3)] public IReadOnlyList<CapValue> Geocodes { get; init; } = [];

    /// <summary>Feet above mean sea level (CAP's unit).</summary>
    [Id(4)] public double? Altitude { get; init; }

    /// <summary>Feet above mean sea level; only with <see cref="Altitude"/>.</summary>
    [Id(5)] public double? Ceiling { get; init; }
}

/// <summary>A WGS 84 point.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapPoint")]
public sealed record CapPoint([property: Id(0)] double Lat, [property: Id(1)] double Lon);

/// <summary>A polygon ring, written as space-separated "lat,lon" pairs.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapPolygon")]
public sealed record CapPolygon([property: Id(0)] IReadOnlyList<CapPoint> Points);

/// <summary>A circle, written as "lat,lon radius" with the radius in km.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.Cap.CapCircle")]
public sealed record CapCircle([property: Id(0)] CapPoint Center, [property: Id(1)] double RadiusKm);
