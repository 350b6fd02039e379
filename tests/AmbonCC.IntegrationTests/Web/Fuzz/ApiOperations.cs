using System.Text.Json;

namespace AmbonCC.IntegrationTests.Web.Fuzz;

/// <summary>One operation of the OpenAPI document: what the fuzzer needs to build requests for it.</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? Body)
{
    public bool Mutates => Method is not ("GET" or "HEAD" or "OPTIONS");

    public override string ToString() => $"{Method} {Path}";
}

internal sealed record ApiParameter(string Name, string In, JsonElement Schema);

/// <summary>Reads every operation from /openapi/v1.json, so that a new endpoint is fuzzed without editing the test.</summary>
internal static class ApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<ApiOperation> Read(JsonElement document, Func<string, bool> skip)
    {
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => !skip(p.Name)))
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                var parameters = method.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => new ApiParameter(
                        p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                        p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                    : [];
                JsonElement? body = method.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content)
                    ? content.EnumerateObject().Select(c => c.Value.TryGetProperty("schema", out var s) ? s : default).FirstOrDefault()
                    : null;
                operations.Add(new ApiOperation(method.Name.ToUpperInvariant(), path.Name, parameters, body));
            }
        }

        return operations;
    }

    /// <summary>Follows a $ref into components/schemas (and the first non-null branch of oneOf/anyOf).</summary>
    public static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var depth = 0; depth < 10 && schema.ValueKind == JsonValueKind.Object; depth++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
            }
            else if ((schema.TryGetProperty("oneOf", out var branches) || schema.TryGetProperty("anyOf", out branches))
                     && branches.EnumerateArray().FirstOrDefault(b => TypeOf(b) != "null") is { ValueKind: JsonValueKind.Object } branch)
            {
                schema = branch;
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    /// <summary>The schema's type, ignoring "null" in a 3.1 type list; "" when it has none.</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _) ? "object" : "";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString() ?? "";
    }
}
