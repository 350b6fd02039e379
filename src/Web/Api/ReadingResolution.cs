namespace AmbonCC.Web.Api;

/// <summary>Named history resolutions; ranges over a day are downsampled so a chart gets a few hundred points.</summary>
public static class ReadingResolution
{
    private static readonly (string Name, TimeSpan Bucket)[] Known =
    [
        ("1m", TimeSpan.FromMinutes(1)), ("5m", TimeSpan.FromMinutes(5)), ("15m", TimeSpan.FromMinutes(15)),
        ("1h", TimeSpan.FromHours(1)), ("1d", TimeSpan.FromDays(1)),
    ];

    /// <summary>Null means full resolution.</summary>
    public static TimeSpan? Choose(string? requested, TimeSpan range)
    {
        if (requested is not null && requested != "auto")
        {
            return Known.FirstOrDefault(k => k.Name == requested).Bucket is { Ticks: > 0 } b ? b : null;
        }

        if (range <= TimeSpan.FromHours(24))
        {
            return null;
        }

        // The smallest bucket that keeps the chart under ~600 points.
        return Known.Select(k => k.Bucket).FirstOrDefault(b => range / b <= 600, Known[^1].Bucket);
    }

    public static string Name(TimeSpan bucket) => Known.First(k => k.Bucket == bucket).Name;
}
