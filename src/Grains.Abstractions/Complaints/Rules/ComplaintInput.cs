using System.Text.RegularExpressions;
using AmbonCC.Platform;

namespace AmbonCC.Complaints.Rules;

/// <summary>
/// What a complaint's text and numbers may be. Every check throws <see cref="ArgumentException"/> whose parameter
/// name is the JSON field, so the API answers 400 naming it. Texts must be XML-safe (Open311 has an XML form).
/// </summary>
public static partial class ComplaintInput
{
    public const int DescriptionMin = 10;
    public const int DescriptionMax = 4000;
    public const int NameMax = 100;
    public const int PhoneMax = 20;
    public const int EmailMax = 254;
    public const int AddressMax = 300;
    public const int NoteMax = 2000;
    public const int ChatMax = 2000;
    public const int ActorMax = 120;

    public static void Validate(ComplaintSubmission s)
    {
        if (!ComplaintCategories.IsKnown(s.Category))
        {
            throw new ArgumentException($"Unknown category; one of {string.Join(", ", ComplaintCategories.All.Select(c => c.Code))}.", "category");
        }

        Text(s.Description, "description", DescriptionMax, DescriptionMin);
        Location(s.Location);
        Text(s.SourceSite, "sourceSite", AddressMax, required: false);
        Text(s.ExternalRef, "externalRef", 120, required: false);
        if (s.Reporter is { } r)
        {
            Text(r.Name, "reporter.name", NameMax, required: false);
            if (r.Phone is { Length: > 0 } phone && (phone.Length > PhoneMax || !Phone().IsMatch(phone)))
            {
                throw new ArgumentException($"A phone number: digits, spaces, +, - and parentheses, at most {PhoneMax} characters.", "reporter.phone");
            }

            if (r.Email is { Length: > 0 } email && (email.Length > EmailMax || !Email().IsMatch(email)))
            {
                throw new ArgumentException("An e-mail address (name@domain).", "reporter.email");
            }
        }
    }

    public static void Location(ComplaintLocation location)
    {
        if (location.Latitude is { } lat && (double.IsNaN(lat) || lat < -90 || lat > 90))
        {
            throw new ArgumentException("Latitude between -90 and 90.", "lat");
        }

        if (location.Longitude is { } lon && (double.IsNaN(lon) || lon < -180 || lon > 180))
        {
            throw new ArgumentException("Longitude between -180 and 180.", "long");
        }

        if (location.Latitude is null != location.Longitude is null)
        {
            throw new ArgumentException("Give both lat and long, or neither.", location.Latitude is null ? "lat" : "long");
        }

        Text(location.Address, "address_string", AddressMax, required: false);
        Text(location.KelurahanCode, "kelurahan", 20, required: false);
    }

    /// <summary>A bounded, XML-safe text; required means at least one non-blank character (or <paramref name="min"/>).</summary>
    public static string? Text(string? value, string field, int max, int min = 1, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? throw new ArgumentException("Required.", field) : null;
        }

        if (value.Length > max)
        {
            throw new ArgumentException($"At most {max} characters.", field);
        }

        if (value.Trim().Length < min)
        {
            throw new ArgumentException($"At least {min} characters.", field);
        }

        XmlText.Require(value, field);
        return value.Trim();
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-]{5,20}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
