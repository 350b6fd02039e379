using System.Globalization;
using System.Text;
using AmbonCC.RiverGauges;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Rivers;

public partial class LevelChart
{
    private const double Width = 800, Left = 52, Top = 10, PlotWidth = 730, PlotHeight = 230;
    private const double RateTop = Top + PlotHeight + 58, RateHeight = 70;
    private static readonly TimeSpan RiseWindow = TimeSpan.FromMinutes(10);
    private double lo, hi;

    [Parameter, EditorRequired] public IReadOnlyList<ChartPoint> Points { get; set; } = [];
    [Parameter, EditorRequired] public GaugeThresholds Thresholds { get; set; } = GaugeThresholds.Default;
    [Parameter] public DateTimeOffset From { get; set; }
    [Parameter] public DateTimeOffset To { get; set; }

    /// <summary>The rate strip; meaningful for the full-resolution window only.</summary>
    [Parameter] public bool ShowRate { get; set; }

    private double TotalHeight => ShowRate ? RateTop + RateHeight + 10 : Top + PlotHeight + 40;

    protected override void OnParametersSet()
    {
        var levels = Points.Select(p => p.MinCm ?? p.LevelCm).Concat(Points.Select(p => p.MaxCm ?? p.LevelCm)).ToList();
        // Always show all three thresholds, so that the distance to the next band is visible even on a calm day.
        lo = Math.Floor((Math.Min(levels.Count > 0 ? levels.Min() : Thresholds.Siaga3Cm, Thresholds.Siaga3Cm) - 20) / 10) * 10;
        hi = Math.Ceiling((Math.Max(levels.Count > 0 ? levels.Max() : Thresholds.Siaga1Cm, Thresholds.Siaga1Cm) + 20) / 10) * 10;
    }

    private double X(DateTimeOffset at) =>
        Left + PlotWidth * Math.Clamp((at - From) / (To - From), 0, 1);

    private double Y(double level) => Top + PlotHeight * (hi - Math.Clamp(level, lo, hi)) / (hi - lo);

    private IEnumerable<(SiagaLevel Level, double Lo, double Hi)> Bands() =>
    [
        (SiagaLevel.Siaga3, Thresholds.Siaga3Cm, Thresholds.Siaga2Cm),
        (SiagaLevel.Siaga2, Thresholds.Siaga2Cm, Thresholds.Siaga1Cm),
        (SiagaLevel.Siaga1, Thresholds.Siaga1Cm, hi),
    ];

    private IEnumerable<double> YTicks()
    {
        var step = NiceStep((hi - lo) / 5);
        for (var v = Math.Ceiling(lo / step) * step; v <= hi; v += step)
        {
            yield return v;
        }
    }

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(rough, 1e-9))));
        var unit = rough / magnitude;
        return magnitude * (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10);
    }

    /// <summary>Ticks on whole half hours of Ambon time for the live window, on Ambon midnights for the week.</summary>
    private IEnumerable<DateTimeOffset> XTicks()
    {
        var step = To - From > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : TimeSpan.FromMinutes(30);
        var first = CityTime.StartOfDay(From);
        for (var t = first; t <= To; t += step)
        {
            if (t >= From)
            {
                yield return t;
            }
        }
    }

    private string XLabel(DateTimeOffset at) => CityTime.ToCityTime(at).ToString(
        To - From > TimeSpan.FromDays(1) ? "dd/MM" : "HH:mm", CultureInfo.InvariantCulture);

    private string Line(IEnumerable<(DateTimeOffset At, double Value)> values) =>
        string.Join(' ', values.Select(v => Svg.F(X(v.At)) + "," + Svg.F(Y(v.Value))));

    private string Envelope()
    {
        var upper = Points.Select(p => (p.At, p.MaxCm ?? p.LevelCm));
        var lower = Points.Reverse().Select(p => (p.At, p.MinCm ?? p.LevelCm));
        return Line(upper.Concat(lower));
    }

    /// <summary>Rise over the trailing ten minutes at each reading, scaled to cm per 10 minutes.</summary>
    private List<(DateTimeOffset At, double Rate)> Rates()
    {
        var rates = new List<(DateTimeOffset, double)>();
        var j = 0;
        for (var i = 0; i < Points.Count; i++)
        {
            var target = Points[i].At - RiseWindow;
            while (j + 1 < i && Points[j + 1].At <= target)
            {
                j++;
            }

            var span = Points[i].At - Points[j].At;
            // Under five minutes of history the figure would be noise scaled up; leave the point out.
            if (span >= TimeSpan.FromMinutes(5))
            {
                rates.Add((Points[i].At, (Points[i].LevelCm - Points[j].LevelCm) * (RiseWindow / span)));
            }
        }

        return rates;
    }

    private double RateLimit(List<(DateTimeOffset At, double Rate)> rates) =>
        Math.Max(Thresholds.RiseAlarmCmPer10Min * 1.3, rates.Count > 0 ? rates.Max(r => Math.Abs(r.Rate)) * 1.1 : 0);

    private double RateY(double rate, List<(DateTimeOffset At, double Rate)> rates)
    {
        var limit = RateLimit(rates);
        return RateTop + RateHeight * (limit - Math.Clamp(rate, -limit, limit)) / (2 * limit);
    }

    private string RateLine(List<(DateTimeOffset At, double Rate)> rates)
    {
        var text = new StringBuilder();
        foreach (var (at, rate) in rates)
        {
            text.Append(Svg.F(X(at))).Append(',').Append(Svg.F(RateY(rate, rates))).Append(' ');
        }

        return text.ToString();
    }
}
