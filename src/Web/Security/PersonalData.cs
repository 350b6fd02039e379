using System.Security.Claims;
using AmbonCC.Warnings;

namespace AmbonCC.Web.Security;

/// <summary>
/// What a reader who may see a warning but not the people on it gets (<see cref="AccessPolicies.ReadRecipients"/>):
/// the delivery states stay, recipients' names, numbers and delivery errors (which can quote a number) do not, and
/// their names are taken out of the timeline.
/// </summary>
public static class PersonalData
{
    public const string Hidden = "•••";

    public static WarningView For(ClaimsPrincipal user, WarningView view) =>
        AccessPolicies.Allows(user, AccessPolicies.ReadRecipients) ? view : Redact(view);

    public static WarningView Redact(WarningView view)
    {
        var names = view.Recipients.Select(r => r.Name).Where(n => n.Length >= 2).Distinct().OrderByDescending(n => n.Length).ToList();
        return view with
        {
            Recipients = [.. view.Recipients.Select(r => r with { Name = Hidden, Address = Hidden, LastError = r.LastError is null ? null : Hidden })],
            Timeline = [.. view.Timeline.Select(e => e with
            {
                Text = Scrub(e.Text, names),
                Actor = names.Contains(e.Actor) ? Hidden : e.Actor,
                Args = e.Args is null ? null : [.. e.Args.Select(a => Scrub(a, names))],
            })],
        };
    }

    private static string Scrub(string text, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            text = text.Replace(name, Hidden, StringComparison.Ordinal);
        }

        return text;
    }
}
