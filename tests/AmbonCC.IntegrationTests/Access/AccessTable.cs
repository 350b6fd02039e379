using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace AmbonCC.IntegrationTests.Access;

/// <summary>One row of README's access table: methods, a route (or a prefix ending in /**), who is admitted.</summary>
public sealed record AccessRow(IReadOnlySet<string> Methods, string Route, IReadOnlySet<string> Who)
{
    public bool IsPrefix => Route.EndsWith("/**", StringComparison.Ordinal);

    public bool Admits(Caller caller) =>
        Who.Contains("public")
        || (caller.Role is { } role && (Who.Contains(role) || Who.Contains("all roles")))
        || (caller.Scope is { } scope && (Who.Contains("key:" + scope) || Who.Contains("any key")));

    public bool Matches(string method, string route) =>
        (Methods.Contains("*") || Methods.Contains(method))
        && (IsPrefix ? route == Route[..^3] || route.StartsWith(Route[..^2], StringComparison.Ordinal) : route == Route);
}

/// <summary>Who calls: nobody, a person of one role, a valid key of one scope, or a well-formed key never issued.</summary>
public sealed record Caller(string Name, string? Role = null, string? Scope = null, bool UnknownKey = false)
{
    public override string ToString() => Name;
}

public static class AccessTable
{
    public const string StaticFiles = "static files";
    public const string Subject = "zz-test";

    /// <summary>Reads the table under README's "## Access" heading.</summary>
    public static IReadOnlyList<AccessRow> FromReadme()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AmbonCC.sln")))
        {
            dir = dir.Parent;
        }

        Assert.True(dir is not null, "No AmbonCC.sln above the test's output directory.");
        var text = File.ReadAllText(Path.Combine(dir.FullName, "README.md"));
        var start = text.IndexOf("\n## Access\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Access' section.");
        var end = text.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        var rows = new List<AccessRow>();
        foreach (var line in text[start..(end < 0 ? text.Length : end)].Split('\n'))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 5 || cells[1] is "method" || cells[1].StartsWith("---", StringComparison.Ordinal) || cells[1].Length == 0)
            {
                continue;
            }

            rows.Add(new AccessRow(
                cells[1].Split(',', StringSplitOptions.TrimEntries).ToHashSet(),
                cells[2].Trim('`'),
                cells[3].Split(',', StringSplitOptions.TrimEntries).ToHashSet()));
        }

        Assert.True(rows.Count > 10, $"README's access table has only {rows.Count} rows.");
        return rows;
    }

    /// <summary>The row for an endpoint and method: an exact route wins over a prefix, a longer prefix over a shorter.</summary>
    public static AccessRow? RowFor(IReadOnlyList<AccessRow> rows, string method, string route) =>
        rows.Where(r => r.Matches(method, route)).OrderBy(r => r.IsPrefix).ThenByDescending(r => r.Route.Length).FirstOrDefault();

    /// <summary>The route as README writes it: the pattern's raw text with a leading slash (the file fallback as is).</summary>
    public static string RouteOf(RouteEndpoint endpoint)
    {
        var raw = endpoint.RoutePattern.RawText ?? "";
        return raw.StartsWith('/') || raw.StartsWith('{') ? raw : "/" + raw;
    }

    /// <summary>A concrete path for a pattern: every parameter gets the test subject (a number or a file name where constrained).</summary>
    public static string PathFor(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "1",
            RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "file") => Subject + ".txt",
            RoutePatternParameterPart => Subject,
            _ => "",
        })));
        var path = "/" + string.Join('/', segments);
        return pattern.RawText?.EndsWith('/') == true && !path.EndsWith('/') ? path + "/" : path;
    }

    public static bool IsApi(string path) => path.StartsWith("/api/", StringComparison.Ordinal);
}
