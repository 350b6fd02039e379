using System.Text.RegularExpressions;

namespace AmbonCC.Security;

/// <summary>What makes a user name, password and role set acceptable.</summary>
public static partial class UserAccountRules
{
    public const int MinPasswordLength = 10;

    [GeneratedRegex("^[a-z][a-z0-9._-]{1,39}$")]
    private static partial Regex UserNamePattern();

    public static void ValidateUserName(string userName)
    {
        if (!UserNamePattern().IsMatch(userName ?? ""))
        {
            throw new ArgumentException("User name: 2–40 lower-case letters, digits, '.', '_' or '-', starting with a letter.", nameof(userName));
        }
    }

    public static void ValidateDisplayName(string? displayName) =>
        AmbonCC.Platform.TextLimits.Require(displayName, AmbonCC.Platform.TextLimits.Name, nameof(displayName));

    public static void ValidatePassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"Password: at least {MinPasswordLength} characters.", nameof(password));
        }
    }

    public static void ValidateRoles(IReadOnlyCollection<string> roles, string? opdCode)
    {
        if (roles is null || roles.Count == 0 || roles.Any(r => !Roles.IsKnown(r)))
        {
            throw new ArgumentException($"Roles: one or more of {string.Join(", ", Roles.All)}.", nameof(roles));
        }

        if (roles.Contains(Roles.OpdStaff) && string.IsNullOrWhiteSpace(opdCode))
        {
            throw new ArgumentException("OPD staff must belong to an OPD.", nameof(opdCode));
        }
    }
}
