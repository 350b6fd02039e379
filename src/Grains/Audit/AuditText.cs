using System.Collections;
using System.Reflection;
using System.Text;

namespace AmbonCC.Audit;

/// <summary>Bounded, secret-free text for the audit log's before/after/detail columns.</summary>
internal static class AuditText
{
    public const int MaxSummary = 500;
    public const int MaxShort = 200;
    public const string Redacted = "•••";

    /// <summary>Argument names whose values never reach the log (passwords, key secrets and their hashes, tokens).</summary>
    public static bool IsSecret(string? name) =>
        name is not null && (name.Contains("password", StringComparison.OrdinalIgnoreCase)
            || name.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || name.Contains("token", StringComparison.OrdinalIgnoreCase));

    /// <summary><c>name=value, ...</c> of a call's arguments, secrets redacted, bounded.</summary>
    public static string? Arguments(MethodInfo method, Func<int, object?> argument)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var i = 0; i < parameters.Length && text.Length < MaxSummary; i++)
        {
            if (parameters[i].ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            text.Append(text.Length == 0 ? "" : ", ").Append(parameters[i].Name).Append('=')
                .Append(IsSecret(parameters[i].Name) ? Redacted : Value(argument(i)));
        }

        return Cut(text.ToString(), MaxSummary);
    }

    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Take(20).Select(Value)) + "]",
        _ => value.ToString() ?? "",
    };

    public static string? Cut(string? text, int max) =>
        text is null ? null : text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>An entry whose every column fits its bound.</summary>
    public static AuditEntry Bound(AuditEntry e) => e with
    {
        Actor = Cut(e.Actor, MaxShort)!,
        Roles = Cut(e.Roles, MaxShort)!,
        Source = Cut(e.Source, 16)!,
        Entity = Cut(e.Entity, MaxShort)!,
        Action = Cut(e.Action, MaxShort)!,
        Outcome = Cut(e.Outcome, MaxShort)!,
        Before = Cut(e.Before, MaxSummary),
        After = Cut(e.After, MaxSummary),
        Detail = Cut(e.Detail, MaxSummary),
    };
}
