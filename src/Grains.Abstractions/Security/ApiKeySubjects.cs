using System.Text.RegularExpressions;
using AmbonCC.Platform;

namespace AmbonCC.Security;

/// <summary>
/// An API key speaks for one thing, named KIND:CODE. The kinds are fixed so that a typo ("guage:X") cannot issue a key
/// that nothing will ever accept; whether the thing exists is checked against the city directory by the issuer.
/// </summary>
public static partial class ApiKeySubjects
{
    public const string Gauge = "gauge";
    public const string Opd = "opd";
    public const string Gateway = "gateway";
    public const string Camera = "camera";
    public const string Terminal = "terminal";
    public const string Vms = "vms";
    public const string Open311 = "open311";

    public static readonly IReadOnlyList<string> Kinds = [Gauge, Opd, Gateway, Camera, Terminal, Vms, Open311];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodePattern();

    /// <summary>Splits KIND:CODE; throws <see cref="ArgumentException"/> (parameter "subject") when it is not one.</summary>
    public static (string Kind, string Code) Parse(string? subject)
    {
        TextLimits.Require(subject, TextLimits.Subject, "subject");
        var colon = subject?.IndexOf(':') ?? -1;
        var kind = colon > 0 ? subject![..colon] : "";
        var code = colon > 0 ? subject![(colon + 1)..] : "";
        if (!Kinds.Contains(kind, StringComparer.Ordinal) || !CodePattern().IsMatch(code))
        {
            throw new ArgumentException($"KIND:CODE with KIND one of {string.Join(", ", Kinds)}, e.g. gauge:PDA-BATUMERAH-1 or opd:BPBD.", "subject");
        }

        return (kind, code);
    }
}
