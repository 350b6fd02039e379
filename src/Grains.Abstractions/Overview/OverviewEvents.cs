using AmbonCC.Live;

namespace AmbonCC.Overview;

/// <summary>A bulletin was posted; it is shown as it is, no reload.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Overview.BulletinPosted")]
public sealed record BulletinPosted([property: Id(0)] Bulletin Bulletin) : IOverviewEvent
{
    public string SubjectId => Bulletin.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public DateTimeOffset At => Bulletin.PostedAt;

    public string Kind => "bulletin";
}
