using System.Text.RegularExpressions;
using AmbonCC.City;

namespace AmbonCC.Cameras;

/// <summary>What makes a police request acceptable: a letter, known cameras, a window still within retention.</summary>
public static partial class EvidenceRules
{
    public static readonly TimeSpan MaxWindow = TimeSpan.FromHours(24);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    /// <summary>Field → problem; empty when the request may be recorded.</summary>
    /// <param name="city">The city's clock: a letter dated after today in the city is refused.</param>
    public static Dictionary<string, string[]> Validate(EvidenceRequest r, IReadOnlyDictionary<string, CameraProfile> cameras, DateTimeOffset now, CityClock city)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors.TryAdd(field, [message]);
        foreach (var (field, value, max) in new[]
        {
            ("institution", r.Institution, 200), ("officerName", r.OfficerName, 200), ("letterNumber", r.LetterNumber, 100),
            ("caseNumber", r.CaseNumber, 100), ("reason", r.Reason, 2000),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Fail(field, field == "letterNumber" ? "A request needs the number of the letter it came with." : "Required.");
            }
            else if (value.Length > max || value.Any(char.IsControl) && field != "reason")
            {
                Fail(field, $"At most {max} characters, no control characters.");
            }
        }

        if (r.CameraCodes.IsDefaultOrEmpty || r.CameraCodes.Length > 50)
        {
            Fail("cameraCodes", "One to 50 camera codes.");
        }
        else if (r.CameraCodes.FirstOrDefault(c => !cameras.ContainsKey(c)) is { } unknown)
        {
            Fail("cameraCodes", $"Unknown camera '{unknown}'.");
        }

        if (r.To <= r.From || r.To - r.From > MaxWindow)
        {
            Fail("to", "After 'from', and at most 24 hours after it.");
        }
        else if (r.From > now)
        {
            Fail("from", "The window has not happened yet.");
        }
        else if (!errors.ContainsKey("cameraCodes") && !r.CameraCodes.IsDefaultOrEmpty)
        {
            // Footage older than a camera's retention is gone at the VMS: say so rather than promise a clip.
            var expired = r.CameraCodes.Where(c => r.From < now.AddDays(-cameras[c].RetentionDays)).ToList();
            if (expired.Count > 0)
            {
                Fail("from", $"Past retention for {string.Join(", ", expired)} ({cameras[expired[0]].RetentionDays} days): the footage no longer exists.");
            }
        }

        if (r.LetterDate > city.DayOf(now))
        {
            Fail("letterDate", "Not in the future.");
        }

        return errors;
    }

    public static bool IsSha256(string text) => Sha256Pattern().IsMatch(text);
}
