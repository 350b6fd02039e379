using System.Globalization;
using System.Text.RegularExpressions;

namespace AmbonCC.RiverGauges;

/// <summary>
/// Ingest validation of gauge readings. Errors are keyed by JSON path (<c>levelCm</c> for a single reading,
/// <c>[3].levelCm</c> in a batch, <c>$</c> for the batch itself) so the HTTP layer can return them as the
/// <c>errors</c> of a problem-details body. Any error rejects the whole call: nothing is stored.
/// </summary>
public static partial class ReadingValidator
{
    /// <summary>Validates one reading; <paramref name="path"/> prefixes the field names (e.g. "[3].").</summary>
    public static Dictionary<string, string[]> Validate(GaugeReading reading, DateTimeOffset now, string path = "")
    {
        ArgumentNullException.ThrowIfNull(reading);
        var errors = new Dictionary<string, string[]>();
        Check(reading, now, path, errors);
        return errors;
    }

    /// <summary>Validates a batch of typed readings (e.g. from an Orleans client).</summary>
    public static Dictionary<string, string[]> ValidateBatch(IReadOnlyList<GaugeReading> readings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return ValidateBatch(readings.Select(GaugeReadingInput.From).ToList(), now, out _);
    }

    /// <summary>
    /// Validates a batch as parsed from JSON (missing fields are null). On success <paramref name="readings"/>
    /// holds the typed readings in input order; on failure it is empty.
    /// </summary>
    public static Dictionary<string, string[]> ValidateBatch(
        IReadOnlyList<GaugeReadingInput?> inputs, DateTimeOffset now, out IReadOnlyList<GaugeReading> readings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var errors = new Dictionary<string, string[]>();
        var parsed = new List<GaugeReading>(inputs.Count);
        readings = [];
        if (inputs.Count == 0 || inputs.Count > GaugeLimits.MaxBatchSize)
        {
            errors["$"] = [$"Send between 1 and {GaugeLimits.MaxBatchSize} readings."];
            return errors;
        }

        var bySeq = new Dictionary<long, GaugeReading>();
        for (int i = 0; i < inputs.Count; i++)
        {
            var path = $"[{i}].";
            if (ToReading(inputs[i], path, errors) is not { } reading)
            {
                continue;
            }

            Check(reading, now, path, errors);
            // The same seq twice is a harmless retry; the same seq with other values is a device fault.
            if (bySeq.TryGetValue(reading.Seq, out var earlier) && earlier != reading)
            {
                Add(errors, path + "seq", $"Seq {reading.Seq} appears more than once with different values.");
            }

            bySeq.TryAdd(reading.Seq, reading);
            parsed.Add(reading);
        }

        if (errors.Count == 0)
        {
            readings = parsed;
        }

        return errors;
    }

    private static GaugeReading? ToReading(GaugeReadingInput? input, string path, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            Add(errors, path.TrimEnd('.'), "A reading object is required.");
            return null;
        }

        int before = errors.Count;
        if (input.Seq is null)
        {
            Add(errors, path + "seq", "Required.");
        }

        if (input.LevelCm is null)
        {
            Add(errors, path + "levelCm", "Required.");
        }

        DateTimeOffset observedAt = default;
        if (string.IsNullOrWhiteSpace(input.ObservedAt))
        {
            Add(errors, path + "observedAt", "Required.");
        }
        else if (!IsoWithOffset().IsMatch(input.ObservedAt)
            || !DateTimeOffset.TryParse(input.ObservedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out observedAt))
        {
            Add(errors, path + "observedAt", "An ISO-8601 date-time with an offset, e.g. 2026-01-15T14:05:00+09:00.");
        }

        return errors.Count == before ? new GaugeReading(input.Seq!.Value, observedAt, input.LevelCm!.Value, input.RainfallMm) : null;
    }

    private static void Check(GaugeReading r, DateTimeOffset now, string path, Dictionary<string, string[]> errors)
    {
        if (r.Seq < 0)
        {
            Add(errors, path + "seq", "Must be 0 or more.");
        }

        if (!double.IsFinite(r.LevelCm) || r.LevelCm < GaugeLimits.MinLevelCm || r.LevelCm > GaugeLimits.MaxLevelCm)
        {
            Add(errors, path + "levelCm", $"A level between {GaugeLimits.MinLevelCm} and {GaugeLimits.MaxLevelCm} cm.");
        }

        if (r.RainfallMm is { } rain && (!double.IsFinite(rain) || rain < 0 || rain > GaugeLimits.MaxRainfallMm))
        {
            Add(errors, path + "rainfallMm", $"Rainfall between 0 and {GaugeLimits.MaxRainfallMm} mm.");
        }

        if (r.ObservedAt > now + GaugeLimits.MaxFutureSkew)
        {
            Add(errors, path + "observedAt", $"More than {GaugeLimits.MaxFutureSkew.TotalMinutes} minutes in the future.");
        }
        else if (r.ObservedAt < now - GaugeLimits.MaxAge)
        {
            Add(errors, path + "observedAt", $"Older than {GaugeLimits.MaxAge.TotalDays} days.");
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoWithOffset();
}
