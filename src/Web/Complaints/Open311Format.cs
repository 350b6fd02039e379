using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// GeoReport v2's two formats. Documents are lists of flat records (field name → value), written as a JSON array or
/// as <c>&lt;root&gt;&lt;item&gt;...&lt;/item&gt;&lt;/root&gt;</c>; errors are <c>[{"code":400,"description":"..."}]</c>.
/// </summary>
public static class Open311Format
{
    public static bool IsKnown(string format) => format is "json" or "xml";

    public static IResult Write(string format, string root, string item, IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> records, int status = 200) =>
        new Document(format, root, item, [.. records], status);

    public static IResult Error(string format, int code, string description) =>
        Write(format, "errors", "error", [[new("code", code), new("description", description)]], code);

    /// <summary>
    /// A path whose format is neither of GeoReport's: there is no spec format to answer in, so the refusal is the
    /// API's usual problem+json.
    /// </summary>
    public static IResult UnknownFormat() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Open311 documents come as .json or .xml.");

    public static Task WriteErrorAsync(HttpContext http, int code, string description)
    {
        var path = http.Request.Path.Value ?? "";
        var format = path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "xml"
            : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : null;
        return format is null
            ? Results.Problem(statusCode: code, title: description).ExecuteAsync(http)
            : Error(format, code, description).ExecuteAsync(http);
    }

    public static string Time(DateTimeOffset? at) =>
        at?.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "";

    private sealed class Document(string format, string root, string item, List<IReadOnlyList<KeyValuePair<string, object?>>> records, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            if (format == "xml")
            {
                http.Response.ContentType = "text/xml; charset=utf-8";
                await http.Response.WriteAsync(Xml(), Encoding.UTF8);
                return;
            }

            http.Response.ContentType = "application/json; charset=utf-8";
            // Buffered: the writer is synchronous, and the server refuses synchronous writes to the response.
            using var buffer = new MemoryStream();
            await using (var json = new Utf8JsonWriter(buffer))
            {
                WriteJson(json);
            }

            await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }

        private void WriteJson(Utf8JsonWriter json)
        {
            json.WriteStartArray();
            foreach (var record in records)
            {
                json.WriteStartObject();
                foreach (var (name, value) in record)
                {
                    json.WritePropertyName(name);
                    JsonSerializer.Serialize(json, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private string Xml()
        {
            var text = new StringBuilder();
            using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Async = false, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
            {
                xml.WriteStartElement(root);
                foreach (var record in records)
                {
                    xml.WriteStartElement(item);
                    foreach (var (name, value) in record)
                    {
                        xml.WriteElementString(name, value switch
                        {
                            null => "",
                            bool b => b ? "true" : "false",
                            double d => d.ToString("R", CultureInfo.InvariantCulture),
                            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                            IEnumerable<string> list => string.Join(",", list),
                            _ => value.ToString(),
                        });
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        }
    }
}
