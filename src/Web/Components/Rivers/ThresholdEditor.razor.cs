using AmbonCC.RiverGauges;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Rivers;

/// <summary>A Supervisor's editor of one gauge's rules, with the audited history of every change.</summary>
public partial class ThresholdEditor
{
    private double siaga3, siaga2, siaga1, rise, hysteresis;
    private int holdMinutes, staleMinutes;
    private bool autoIssue, saving;
    private Dictionary<string, string> errors = [];
    private IReadOnlyList<ThresholdChange> history = [];
    private (string Code, GaugeThresholds Thresholds, bool Auto)? shown;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Parameter, EditorRequired] public GaugeStatus Status { get; set; } = default!;
    [Parameter, EditorRequired] public string UserName { get; set; } = "";
    [Parameter] public EventCallback<GaugeStatus> Saved { get; set; }

    private IRiverGaugeGrain Gauge => Grains.GetGrain<IRiverGaugeGrain>(Status.Code);

    protected override async Task OnParametersSetAsync()
    {
        // Refill the form only when another gauge is chosen or the stored rules changed, not on every live reading.
        var current = (Status.Code, Status.Thresholds, Status.AutoIssueWarnings);
        if (shown == current)
        {
            return;
        }

        shown = current;
        var t = Status.Thresholds;
        (siaga3, siaga2, siaga1, rise, hysteresis) = (t.Siaga3Cm, t.Siaga2Cm, t.Siaga1Cm, t.RiseAlarmCmPer10Min, t.HysteresisMarginCm);
        (holdMinutes, staleMinutes, autoIssue) = ((int)t.HoldTime.TotalMinutes, (int)t.StaleTimeout.TotalMinutes, Status.AutoIssueWarnings);
        errors = [];
        history = await Gauge.GetThresholdHistoryAsync();
    }

    private async Task SaveAsync()
    {
        errors = [];
        var thresholds = new GaugeThresholds(siaga3, siaga2, siaga1, rise, hysteresis,
            TimeSpan.FromMinutes(holdMinutes), TimeSpan.FromMinutes(staleMinutes));
        saving = true;
        try
        {
            // Checked here first so the message lands next to its field at once; the grain checks again.
            thresholds.Validate();
            var status = await Gauge.UpdateThresholdsAsync(thresholds, autoIssue, UserName);
            history = await Gauge.GetThresholdHistoryAsync();
            shown = (status.Code, status.Thresholds, status.AutoIssueWarnings);
            await Saved.InvokeAsync(status);
        }
        catch (ArgumentException ex)
        {
            var message = ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
            errors[ex.ParamName ?? ""] = message;
        }
        finally
        {
            saving = false;
        }
    }

    private bool Has(string field) => errors.ContainsKey(field);

    private string? ErrorOf(string field) => errors.GetValueOrDefault(field);

    private string Describe(ThresholdChange c)
    {
        var parts = new List<string>();
        void Compare(string label, string old, string @new)
        {
            if (old != @new)
            {
                parts.Add($"{label}: {old} → {@new}");
            }
        }

        Compare("Siaga 3", RiverFormat.Cm(c.Old.Siaga3Cm) + " cm", RiverFormat.Cm(c.New.Siaga3Cm) + " cm");
        Compare("Siaga 2", RiverFormat.Cm(c.Old.Siaga2Cm) + " cm", RiverFormat.Cm(c.New.Siaga2Cm) + " cm");
        Compare("Siaga 1", RiverFormat.Cm(c.Old.Siaga1Cm) + " cm", RiverFormat.Cm(c.New.Siaga1Cm) + " cm");
        Compare(RiverText["RiseAlarmCm"], RiverFormat.Cm(c.Old.RiseAlarmCmPer10Min), RiverFormat.Cm(c.New.RiseAlarmCmPer10Min));
        Compare(RiverText["HysteresisCm"], RiverFormat.Cm(c.Old.HysteresisMarginCm), RiverFormat.Cm(c.New.HysteresisMarginCm));
        Compare(RiverText["HoldMinutes"], RiverFormat.Cm(c.Old.HoldTime.TotalMinutes), RiverFormat.Cm(c.New.HoldTime.TotalMinutes));
        Compare(RiverText["StaleMinutes"], RiverFormat.Cm(c.Old.StaleTimeout.TotalMinutes), RiverFormat.Cm(c.New.StaleTimeout.TotalMinutes));
        Compare(RiverText["AutoIssueWarnings"], T[c.OldAutoIssue ? "Yes" : "No"], T[c.NewAutoIssue ? "Yes" : "No"]);
        return parts.Count == 0 ? RiverText["NoChange"] : string.Join("; ", parts);
    }
}
