using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// Whether a terminal's silence matters: only time the outlet should be open counts, so a restaurant closed on
/// Sunday is never red on Sunday. Then the acting mayor's rule: still red after three days is acted on, unless a
/// field check found the outlet closed.
/// </summary>
public static class PresenceRules
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    public static bool IsOpen(ImmutableArray<OpeningHours> week, DateTimeOffset at, CityClock clock)
    {
        var local = clock.ToCityTime(at);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        foreach (var h in week)
        {
            var overnight = h.Closes < h.Opens;
            if (h.Day == local.DayOfWeek && time >= h.Opens && (overnight || time < h.Closes))
            {
                return true;
            }

            // After midnight, yesterday's overnight hours still hold.
            if (overnight && h.Day == local.AddDays(-1).DayOfWeek && time < h.Closes)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The moment the outlet had been open for <see cref="TaxRuleOptions.SilentWhileOpen"/> since the terminal was
    /// last heard of, or null when that has not happened by <paramref name="now"/> (or no hours are known).
    /// </summary>
    public static DateTimeOffset? RedSince(ImmutableArray<OpeningHours> week, DateTimeOffset? lastSeen, DateTimeOffset now, TaxRuleOptions options, CityClock clock)
    {
        if (lastSeen is not { } from || week.IsDefaultOrEmpty)
        {
            return null;
        }

        var open = TimeSpan.Zero;
        var step = options.SilentWhileOpen < Step ? options.SilentWhileOpen : Step;
        // A week of silence covers every schedule; beyond it the answer cannot change.
        var end = now < from + TimeSpan.FromDays(8) ? now : from + TimeSpan.FromDays(8);
        for (var at = from; at + step <= end; at += step)
        {
            if (IsOpen(week, at, clock))
            {
                open += step;
                if (open >= options.SilentWhileOpen)
                {
                    return at + step;
                }
            }
        }

        return null;
    }

    /// <summary>The 3-days-red rule; a field check that found the outlet closed after it turned red suspends it.</summary>
    public static TaxFinding? StillRed(string serial, DateTimeOffset? redSince, DateTimeOffset? closedConfirmedAt, DateTimeOffset now, TaxRuleOptions options, CityClock clock)
    {
        if (redSince is not { } since || now - since < options.RedEscalation || closedConfirmedAt >= since)
        {
            return null;
        }

        return ReceiptRules.Finding($"red3:{serial}:{since.UtcTicks}", FindingKind.StillRedAfter3Days, serial, now, 8,
            $"Terminal masih merah sejak {ReceiptRules.Local(since, clock)} ({(now - since).TotalDays:0.#} hari)",
            ("redSince", since.ToString("O")), ("days", Math.Round((now - since).TotalDays, 1)));
    }

    public static TaxFinding DeviceOff(string serial, DateTimeOffset? lastSeen, DateTimeOffset redSince, DateTimeOffset now, CityClock clock) =>
        ReceiptRules.Finding($"off:{serial}:{redSince.UtcTicks}", FindingKind.DeviceOff, serial, now, 5,
            $"Terminal diam saat jam buka sejak {(lastSeen is { } l ? ReceiptRules.Local(l, clock) : "-")}",
            ("lastSeen", lastSeen?.ToString("O") ?? ""), ("redSince", redSince.ToString("O")));

    /// <summary>The device's own clock against the server's, from a heartbeat.</summary>
    public static TaxFinding? ClockSkew(string serial, DateTimeOffset deviceTime, DateTimeOffset now, TaxRuleOptions options, CityClock clock)
    {
        var skew = deviceTime - now;
        return skew.Duration() <= options.MaxClockSkew ? null
            : ReceiptRules.Finding($"clock:{serial}:{clock.DayOf(now):yyyy-MM-dd}", FindingKind.ClockSkew, serial, now, 1,
                $"Jam terminal selisih {skew.TotalMinutes:0} menit", ("skewMinutes", Math.Round(skew.TotalMinutes)));
    }
}
