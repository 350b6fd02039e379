namespace AmbonCC.Web.Components.Rivers;

/// <summary>One level on the chart; for downsampled history also the bucket's min and max.</summary>
public sealed record ChartPoint(DateTimeOffset At, double LevelCm, double? MinCm = null, double? MaxCm = null);
