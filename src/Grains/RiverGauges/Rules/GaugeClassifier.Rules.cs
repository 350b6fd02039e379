namespace AmbonCC.RiverGauges;

// The band and rise rules, apart from the bookkeeping in GaugeClassifier.cs.
public sealed partial class GaugeClassifier
{
    private void ClassifyBand(GaugeReading reading, List<GaugeChange> changes)
    {
        var raw = Thresholds.BandOf(reading.LevelCm);
        if (raw > State.Band)
        {
            var from = State.Band;
            State.Band = raw;
            State.BelowSince = null;
            changes.Add(Change(GaugeChangeKind.BandRaised, reading, from));
            return;
        }

        // The band the level is clearly in: below a threshold only counts once it is below it by the margin.
        var clear = Thresholds.BandOf(reading.LevelCm + Thresholds.HysteresisMarginCm);
        if (clear >= State.Band)
        {
            State.BelowSince = null;
            return;
        }

        if (State.BelowSince is null)
        {
            State.BelowSince = reading.ObservedAt;
            State.HoldTarget = clear;
        }
        else if (clear > State.HoldTarget)
        {
            State.HoldTarget = clear;
        }

        if (reading.ObservedAt - State.BelowSince.Value < Thresholds.HoldTime)
        {
            return;
        }

        var before = State.Band;
        State.Band = State.HoldTarget;
        State.BelowSince = null;
        changes.Add(Change(GaugeChangeKind.BandLowered, reading, before));
        if (clear < State.Band)
        {
            // Still clearly lower than where it landed: the next hold starts now.
            State.BelowSince = reading.ObservedAt;
            State.HoldTarget = clear;
        }
    }

    private void ClassifyRise(GaugeReading reading, List<GaugeChange> changes)
    {
        if (State.RateCmPer10Min is not { } rate)
        {
            return;
        }

        if (!State.RiseAlarm)
        {
            if (rate >= Thresholds.RiseAlarmCmPer10Min)
            {
                State.RiseAlarm = true;
                State.CalmSince = null;
                changes.Add(Change(GaugeChangeKind.RiseAlarmRaised, reading, State.Band));
            }

            return;
        }

        if (rate >= Thresholds.RiseAlarmCmPer10Min * RiseClearFraction)
        {
            State.CalmSince = null;
            return;
        }

        State.CalmSince ??= reading.ObservedAt;
        if (reading.ObservedAt - State.CalmSince.Value >= Thresholds.HoldTime)
        {
            State.RiseAlarm = false;
            State.CalmSince = null;
            changes.Add(Change(GaugeChangeKind.RiseAlarmCleared, reading, State.Band));
        }
    }
}
