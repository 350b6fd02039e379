using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace AmbonCC.Web.Api;

/// <summary>A query parameter (or body field) that was refused, and what it accepts.</summary>
public sealed record QueryError(string Field, string Message)
{
    /// <summary>The 400 problem-details answer naming <see cref="Field"/>.</summary>
    public IResult ToProblem() => ApiProblems.Field(Field, Message);
}

/// <summary>
/// Parsing of the values agency systems put in query strings and enum-valued fields, one way for every endpoint: an
/// absent or empty value is "not given", anything else must be valid or it is refused with the field's name.
/// </summary>
public static class QueryParameters
{
    public const int MaxCodeLength = 40;

    /// <summary>
    /// An enum member by its name only, case-insensitively. <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
    /// also takes "3" and "A,B" (the members' values or-ed together) and hands back a value no client meant, or one
    /// the enum does not define.
    /// </summary>
    public static bool TryName<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            if (string.Equals(member.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                result = member;
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>An enum value as agency systems read it: lower camel case ("teguranI", "red"), never a number.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>"One of fieldCheck, imbauan, …": the message for a value that is no member's name.</summary>
    public static string OneOf<TEnum>()
        where TEnum : struct, Enum => $"One of {string.Join(", ", Enum.GetValues<TEnum>().Select(Name))}.";

    public static bool TryEnum<TEnum>(string? value, string field, out TEnum? result, [NotNullWhen(false)] out QueryError? error)
        where TEnum : struct, Enum
    {
        result = null;
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (TryName<TEnum>(value, out var member))
        {
            result = member;
            return true;
        }

        error = new QueryError(field, OneOf<TEnum>());
        return false;
    }

    public static bool TryBool(string? value, string field, out bool? result, [NotNullWhen(false)] out QueryError? error)
    {
        result = null;
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (bool.TryParse(value, out var parsed))
        {
            result = parsed;
            return true;
        }

        error = new QueryError(field, "true or false.");
        return false;
    }

    /// <summary>Codes (kelurahan 81.71.01.1006, NPWPD, OPD): letters, digits, dots and dashes, bounded.</summary>
    public static bool TryCode(string? value, string field, out string? result, [NotNullWhen(false)] out QueryError? error)
    {
        result = null;
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (value.Length <= MaxCodeLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            result = value;
            return true;
        }

        error = new QueryError(field, $"A code of at most {MaxCodeLength} letters, digits, dots or dashes.");
        return false;
    }

    public static bool TryInt(string? value, string field, int min, int max, out int? result, [NotNullWhen(false)] out QueryError? error)
    {
        result = null;
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        // No whitespace, thousands separators or exponents: a value is a plain number or it is refused.
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
        {
            result = parsed;
            return true;
        }

        error = new QueryError(field, $"A whole number from {min} to {max}.");
        return false;
    }
}
