using System.Text;
using System.Text.Json;
using CsCheck;

namespace AmbonCC.IntegrationTests.Web.Fuzz;

/// <summary>A request the fuzzer sends: where, with what content type and body, and a short description for failures.</summary>
internal sealed record HostileRequest(string Method, string Url, string? ContentType, byte[]? Body, string Description);

/// <summary>
/// Builds hostile requests for an operation from its OpenAPI schema, drawing from CsCheck generators with a fixed
/// seed. Every body of a state-changing operation carries at least one value no endpoint may accept (a 100k-character
/// string, a wrong JSON type, a number that overflows, broken JSON...), so any 2xx to it is a finding.
/// </summary>
internal sealed class HostileRequests(JsonElement document, IReadOnlyList<string> knownIds, PCG pcg)
{
    private static readonly string Long = new('x', 100_000);
    private static readonly string LongControl = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)(i % 32)));

    private static readonly string[] ShortStrings =
    [
        "", " ", "\u0000", "\u0001\u0007\u001b[31m", "../../etc/passwd", "%00", "<script>alert(1)</script>", "'; DROP TABLE x;--",
        "\ud800", "null", "-1", "0", "1e308", "NaN", "Infinity", "-Infinity", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00+09:00", "9999-12-31T23:59:59-12:00", "\ufdfa\U00012031", "2147483648", "-9223372036854775809", "raw", "1d",
    ];

    private static readonly string[] Numbers = ["1e308", "-1e308", "4.9e-324", "-1", "0", "2147483648", "9223372036854775808", "1e999", "0.5", "-0"];

    private static readonly string[] BrokenJson = ["NaN", "Infinity", "-Infinity", "undefined", "01", "+1", "'x'", "{\"a\":", "[1,]", "\"\\u12\""];

    private static readonly string[] WrongContentTypes = ["text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json-patch+json; charset=ebcdic"];

    private T Draw<T>(Gen<T> gen) => gen.Generate(pcg, null!, out _);

    private int Pick(int count) => Draw(Gen.Int[0, count - 1]);

    private bool Chance(int percent) => Draw(Gen.Int[0, 99]) < percent;

    private string OneOf(params string[] values) => values[Pick(values.Length)];

    public HostileRequest For(ApiOperation operation)
    {
        var url = new StringBuilder();
        var notes = new List<string>();
        foreach (var segment in operation.Path.Split('/'))
        {
            if (segment.StartsWith('{') && segment.EndsWith('}'))
            {
                var value = Chance(35) ? knownIds[Pick(knownIds.Count)] : HostileText();
                notes.Add($"{segment}={Preview(value)}");
                url.Append('/').Append(Uri.EscapeDataString(value));
            }
            else if (segment.Length > 0)
            {
                url.Append('/').Append(segment);
            }
        }

        var query = operation.Parameters.Where(p => p.In == "query" && Chance(70))
            .Select(p => (p.Name, Value: HostileText())).ToList();
        if (query.Count > 0)
        {
            url.Append('?').Append(string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Name)}={Uri.EscapeDataString(q.Value)}")));
            notes.AddRange(query.Select(q => $"?{q.Name}={Preview(q.Value)}"));
        }

        var (contentType, body) = operation.Body is { } schema ? Body(schema) : operation.Mutates && Chance(20) ? Body(default) : (null, null);
        notes.Add(body is null ? "no body" : $"{contentType} {Preview(Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 200))))} ({body.Length} bytes)");
        return new HostileRequest(operation.Method, url.ToString(), contentType, body, string.Join(", ", notes));
    }

    private string HostileText() => Draw(Gen.Int[0, 99]) switch
    {
        < 4 => Long,
        < 6 => LongControl[..5000],
        _ => ShortStrings[Pick(ShortStrings.Length)],
    };

    private (string ContentType, byte[] Body) Body(JsonElement schema)
    {
        var json = Draw(Gen.Int[0, 99]) switch
        {
            < 3 => new string('[', 10_000) + new string(']', 10_000),
            < 6 => string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000),
            < 8 => "[" + string.Join(',', Enumerable.Repeat("123456789", 250_000)) + "]",
            < 11 => OneOf("", "null", "seq=1&levelCm=40", "\ufeff\u0000garbage", "[]", "{}"),
            < 14 => BrokenJson[Pick(BrokenJson.Length)],
            _ => Value(schema, mustBeInvalid: true, depth: 0),
        };
        var contentType = Chance(8) ? WrongContentTypes[Pick(WrongContentTypes.Length)] : "application/json";
        return (contentType, Encoding.UTF8.GetBytes(json));
    }

    private string Value(JsonElement schema, bool mustBeInvalid, int depth)
    {
        schema = schema.ValueKind == JsonValueKind.Object ? ApiOperations.Resolve(document, schema) : schema;
        var type = ApiOperations.TypeOf(schema);
        if (mustBeInvalid)
        {
            return type switch
            {
                "object" when HasProperties(schema) && Chance(80) => Object(schema, mustBeInvalid: true, depth),
                "array" when schema.TryGetProperty("items", out var items) && Chance(70) =>
                    "[" + string.Join(',', Enumerable.Range(0, 1 + Pick(3)).Select(i => Value(items, i == 0, depth + 1))) + "]",
                _ => Invalid(type),
            };
        }

        return Draw(Gen.Int[0, 99]) switch
        {
            < 25 => Invalid(type),
            < 45 => JsonSerializer.Serialize(HostileText()),
            < 55 => Numbers[Pick(Numbers.Length)],
            < 60 => "null",
            _ => Plausible(schema, type, depth),
        };
    }

    /// <summary>A value no field of this type may accept.</summary>
    private string Invalid(string type) => type switch
    {
        "string" => OneOf(JsonSerializer.Serialize(Long), JsonSerializer.Serialize(LongControl), "12", "true", "{}", "[]", "NaN"),
        "integer" => OneOf("\"NaN\"", "\"Infinity\"", "\"abc\"", "{}", "[1]", "true", "1e308", "9223372036854775808", "1.5e400"),
        "number" => OneOf("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"abc\"", "{}", "[1]", "true", "NaN"),
        "boolean" => OneOf("\"yes\"", "1", "{}", "[]", "\"\""),
        "object" => OneOf("7", "\"x\"", "true", "[7]"),
        "array" => OneOf("7", "\"x\"", "true"),
        _ => OneOf("NaN", "{\"a\":", "'x'"),
    };

    private string Plausible(JsonElement schema, string type, int depth) => type switch
    {
        "string" when schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0 => values[Pick(values.GetArrayLength())].GetRawText(),
        "string" when schema.TryGetProperty("format", out var f) && f.GetString() == "date-time" =>
            JsonSerializer.Serialize(OneOf("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", DateTimeOffset.UtcNow.ToString("O"))),
        "string" => JsonSerializer.Serialize(Chance(50) ? knownIds[Pick(knownIds.Count)] : "ok"),
        "integer" => OneOf("1", "-1", "0", "2147483647"),
        "number" => OneOf("50", "-1", "1e308", "0"),
        "boolean" => OneOf("true", "false"),
        "object" when depth < 4 => Object(schema, mustBeInvalid: false, depth),
        "array" when depth < 4 && schema.TryGetProperty("items", out var items) =>
            "[" + string.Join(',', Enumerable.Range(0, Pick(3)).Select(_ => Value(items, false, depth + 1))) + "]",
        _ => "null",
    };

    private string Object(JsonElement schema, bool mustBeInvalid, int depth)
    {
        var properties = HasProperties(schema) ? schema.GetProperty("properties").EnumerateObject().ToList() : [];
        if (properties.Count == 0)
        {
            return mustBeInvalid ? "7" : "{}";
        }

        var invalid = mustBeInvalid ? Pick(properties.Count) : -1;
        var members = new List<string>();
        for (var i = 0; i < properties.Count; i++)
        {
            if (i != invalid && Chance(15))
            {
                continue; // a missing key
            }

            members.Add($"{JsonSerializer.Serialize(properties[i].Name)}:{Value(properties[i].Value, i == invalid, depth + 1)}");
        }

        if (Chance(15))
        {
            members.Add(OneOf("\"$type\":\"System.IO.FileInfo\"", "\"__proto__\":{\"admin\":true}", $"\"{Long}\":1", "\"extra\":[[[[1]]]]"));
        }

        return "{" + string.Join(',', members) + "}";
    }

    private static bool HasProperties(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object;

    private static string Preview(string text)
    {
        var shown = text.Length > 60 ? text[..60] + $"…[{text.Length}]" : text;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
