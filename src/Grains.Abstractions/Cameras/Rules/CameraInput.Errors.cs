using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AmbonCC.Cameras;

public static partial class CameraInput
{
    /// <summary>Collects field errors; <c>prefix</c> is the JSON path of the object read (e.g. <c>after.</c>).</summary>
    private sealed class Errors(string prefix)
    {
        public Dictionary<string, string[]> All { get; } = new(StringComparer.Ordinal);

        public Errors Fail(string field, string message)
        {
            All[field == "body" ? field : prefix + field] = [message];
            return this;
        }

        public void Root(string field, string message) => All[field] = [message];

        public string? Text(JsonElement o, string field, Regex pattern, string rule, bool required = false)
        {
            if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail(field, "Required. " + rule);
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.String || !pattern.IsMatch(v.GetString()!))
            {
                Fail(field, rule);
                return null;
            }

            return v.GetString();
        }

        public double? Number(JsonElement o, string field, double min, double max, bool required = false)
        {
            if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail(field, FormattableString.Invariant($"Required: a number from {min} to {max}."));
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || double.IsNaN(d) || d < min || d > max)
            {
                Fail(field, FormattableString.Invariant($"A number from {min} to {max}."));
                return null;
            }

            return d;
        }

        public bool? Bool(JsonElement o, string field)
        {
            if (!o.TryGetProperty(field, out var v) || v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Fail(field, "Required: true or false.");
                return null;
            }

            return v.GetBoolean();
        }

        /// <summary>An ISO 8601 time with offset, or Unix seconds (Frigate's float timestamps).</summary>
        public DateTimeOffset? Time(JsonElement o, string field, DateTimeOffset earliest, DateTimeOffset latest, bool required)
        {
            if (!o.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Fail(field, "Required: an ISO 8601 time with offset, or Unix seconds.");
                }

                return null;
            }

            DateTimeOffset? at = v.ValueKind switch
            {
                JsonValueKind.Number when v.TryGetDouble(out var s) && s is > 0 and < 1e11 => DateTimeOffset.FromUnixTimeMilliseconds((long)(s * 1000)),
                JsonValueKind.String when HasOffset(v.GetString()!) && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) => t,
                _ => null,
            };
            if (at is null)
            {
                Fail(field, "An ISO 8601 time with offset, or Unix seconds.");
                return null;
            }

            if (at < earliest || at > latest)
            {
                Fail(field, FormattableString.Invariant($"Between {earliest:O} and {latest:O} (server time)."));
                return null;
            }

            return at;
        }

        private static bool HasOffset(string text) =>
            text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
    }
}
