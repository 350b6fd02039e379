using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Web.Hosting;

namespace AmbonCC.IntegrationTests.Web;

/// <summary>The API reference shows our API, not the Orleans dashboard's internal endpoints mapped into the same app.</summary>
[Collection(WebCollection.Name)]
public sealed class OpenApiDocumentTests(WebAppFixture app)
{
    [Fact]
    public async Task The_document_lists_only_our_own_paths()
    {
        var doc = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/gauges/{code}/readings", paths);
        Assert.Contains("/api/v1/warnings/{id}/cap", paths);
        var foreign = paths.Where(p => !OpenApiScope.Prefixes.Any(prefix => p.StartsWith("/" + prefix, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(foreign.Count == 0, "paths that are not ours: " + string.Join(", ", foreign));
        Assert.DoesNotContain(paths, p => p.StartsWith("/ops/", StringComparison.OrdinalIgnoreCase));
    }
}
