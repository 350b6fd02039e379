using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>Daily turnover bars against the outlet's own baseline line; no chart library, no JavaScript.</summary>
public partial class TurnoverChart
{
    private const double Width = 560;
    private const double Height = 200;
    private const double Left = 52;
    private const double Top = 18;
    private const double PlotWidth = Width - Left - 8;
    private const double PlotHeight = Height - Top - 26;

    [Parameter, EditorRequired] public IReadOnlyList<TurnoverDay> Days { get; set; } = [];

    [Parameter] public DateOnly Today { get; set; }

    [Parameter] public string BaselineLabel { get; set; } = "baseline";

    [Parameter] public string Caption { get; set; } = "";

    private double Step => Days.Count == 0 ? PlotWidth : PlotWidth / Days.Count;

    private decimal Max => Math.Max(1m, Days.Count == 0 ? 1m : Days.Max(d => Math.Max(d.Turnover, d.Baseline ?? 0m)) * 1.1m);

    private double X(int index) => Left + index * Step;

    private double Y(decimal amount) => Top + PlotHeight - (double)(amount / Max) * PlotHeight;

    private IEnumerable<decimal> YTicks()
    {
        var raw = (double)Max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(1, raw))));
        var step = (decimal)(Math.Ceiling(raw / magnitude) * magnitude);
        for (var tick = 0m; tick <= Max; tick += step)
        {
            yield return tick;
        }
    }

    private string BaselineLine() => string.Join(' ', Days.Select((d, i) => (d, i)).Where(x => x.d.Baseline is not null)
        .Select(x => $"{Rivers(X(x.i) + Step / 2)},{Rivers(Y(x.d.Baseline!.Value))}"));

    private static string Rivers(double value) => AmbonCC.Web.Components.Rivers.Svg.F(value);

    /// <summary>"1,2 jt" / "850 rb": axis labels short enough for the margin.</summary>
    private static string Short(decimal amount) => amount >= 1_000_000m
        ? (amount / 1_000_000m).ToString("0.#", CultureInfo.GetCultureInfo("id-ID")) + " jt"
        : (amount / 1_000m).ToString("0", CultureInfo.GetCultureInfo("id-ID")) + " rb";
}
