using System.Globalization;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Resources;
using Microsoft.Extensions.Localization;

namespace AmbonCC.Web.Cameras;

/// <summary>The new-request form's fields as typed; times are the city's wall clock (what the letter says).</summary>
public sealed class EvidenceForm
{
    public string? Institution { get; set; }

    public string? OfficerName { get; set; }

    public string? LetterNumber { get; set; }

    public string? LetterDate { get; set; }

    public string? CaseNumber { get; set; }

    public string? Reason { get; set; }

    public IReadOnlyCollection<string> Cameras { get; set; } = [];

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>The request, or the fields whose text is not a date or time (the request's rules check the rest).</summary>
    public (EvidenceRequest Request, Dictionary<string, string[]> Errors) ToRequest(CityClock city)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var letterDate = DateOnly.TryParseExact(LetterDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : Fail("letterDate", default(DateOnly));
        var from = CityTime(From, "from");
        var to = CityTime(To, "to");
        var request = new EvidenceRequest(Institution?.Trim() ?? "", OfficerName?.Trim() ?? "", LetterNumber?.Trim() ?? "", letterDate,
            CaseNumber?.Trim() ?? "", Reason?.Trim() ?? "", [.. Cameras], from, to);
        return (request, errors);

        T Fail<T>(string field, T value)
        {
            errors[field] = ["Required."];
            return value;
        }

        DateTimeOffset CityTime(string? text, string field)
        {
            string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];
            if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Year is < 2000 or > 2200)
            {
                return Fail(field, DateTimeOffset.MinValue);
            }

            return new DateTimeOffset(local, city.Zone.GetUtcOffset(local));
        }
    }

    public void Clear()
    {
        Institution = OfficerName = LetterNumber = LetterDate = CaseNumber = Reason = From = To = null;
        Cameras = [];
    }
}

/// <summary>The request rules' messages (English, as the API returns them) in the reader's language.</summary>
public static class EvidenceErrors
{
    public static string Localize(IStringLocalizer<CamerasText> t, string message)
    {
        if (message.StartsWith("Required", StringComparison.Ordinal))
        {
            return t["Required"];
        }

        if (message.StartsWith("A request needs", StringComparison.Ordinal))
        {
            return t["ErrLetterNumber"];
        }

        if (message.StartsWith("Unknown camera '", StringComparison.Ordinal))
        {
            return t["ErrUnknownCamera", message["Unknown camera '".Length..].TrimEnd('.', '\'')];
        }

        if (message.StartsWith("Past retention for ", StringComparison.Ordinal))
        {
            // "Past retention for A, B (14 days): ..." → "A, B (14 days)"
            var detail = message["Past retention for ".Length..];
            return t["ErrPastRetention", detail[..Math.Max(0, detail.IndexOf(':', StringComparison.Ordinal))]];
        }

        if (message.StartsWith("After 'from'", StringComparison.Ordinal))
        {
            return t["ErrWindow"];
        }

        return message.StartsWith("Not in the future", StringComparison.Ordinal) || message.StartsWith("The window has not happened", StringComparison.Ordinal)
            ? t["ErrFuture"]
            : message;
    }
}
