using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace AmbonCC.Web.Hosting;

/// <summary>
/// Which endpoints the OpenAPI document describes: our API only. The Orleans dashboard maps its own minimal-API
/// endpoints into this app (/ops/orleans/...), and without this filter they made up half of the document.
/// </summary>
public static class OpenApiScope
{
    /// <summary>Path prefixes of the endpoints agency systems, devices and feed readers call.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["api/", "open311/", "feeds/", "ack/"];

    public static bool Includes(ApiDescription description) =>
        description.RelativePath is { } path && Prefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
