using System.Security.Claims;
using System.Text;
using System.Text.Json;
using AmbonCC.Platform.Ledger;
using AmbonCC.Web.Devices;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.UnitTests.Devices;

/// <summary>The shared device-ingest helper, with a made-up device kind so that nothing here is about gauges.</summary>
public sealed class DeviceIngestTests
{
    private static readonly DeviceIngestSpec Spec = new("meter", MaxItems: 4, MaxBytes: 200);

    private readonly List<IReadOnlyList<Probe>> submitted = [];

    public sealed record Probe(int? N, string? Name);

    [Fact]
    public async Task One_object_is_a_batch_of_one_and_the_answer_gives_every_item_its_outcome()
    {
        var (status, body, _) = await PostAsync("""{"n":1}""");
        Assert.Equal(200, status);
        Assert.Single(Assert.Single(submitted));
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());

        (status, body, _) = await PostAsync("""[{"n":1},{"n":2},{"n":3}]""");
        Assert.Equal(200, status);
        Assert.Equal((1, 1, 1), (body.GetProperty("accepted").GetInt32(), body.GetProperty("duplicates").GetInt32(), body.GetProperty("refused").GetInt32()));
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["accepted", "duplicate", "refused"], items.Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal("odd one out", items[2].GetProperty("reason").GetString());
        Assert.Equal("meter 7", body.GetProperty("domain").GetString());
    }

    [Fact]
    public async Task A_wrong_type_is_reported_by_its_path_in_the_batch_and_nothing_is_submitted()
    {
        var (status, body, _) = await PostAsync("""[{"n":1},{"n":2},{"n":3},{"n":"four"}]""");
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("[3].n", out _));
        Assert.Empty(submitted);
    }

    [Fact]
    public async Task Domain_rule_errors_refuse_the_call()
    {
        var (status, body, _) = await PostAsync("""[{"n":1},{"n":-5}]""");
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("[1].n", out _));
        Assert.Empty(submitted);
    }

    [Theory]
    [InlineData("""[{"n":1},{"n":2},{"n":3},{"n":4},{"n":5}]""")]
    [InlineData("[]")]
    [InlineData("42")]
    public async Task A_batch_must_hold_one_to_max_items(string json)
    {
        var (status, body, _) = await PostAsync(json);
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("$", out _));
        Assert.Empty(submitted);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // chunked: no Content-Length, counted while reading
    public async Task A_body_over_the_byte_limit_is_413(bool declareLength)
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 4).Select(i => $$"""{"n":{{i}},"name":"{{new string('x', 40)}}"}""")) + "]";
        var (status, _, _) = await PostAsync(json, declareLength: declareLength);
        Assert.Equal(413, status);
        Assert.Empty(submitted);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var (status, _, _) = await PostAsync("n=1", contentType: "application/x-www-form-urlencoded");
        Assert.Equal(415, status);
    }

    [Fact]
    public async Task A_key_speaks_only_for_its_own_device()
    {
        var (status, _, _) = await PostAsync("""{"n":1}""", subject: "meter:OTHER");
        Assert.Equal(403, status);
        (status, _, _) = await PostAsync("""{"n":1}""", subject: "gauge:M-7");
        Assert.Equal(403, status);
        Assert.Empty(submitted);
    }

    [Fact]
    public async Task Backpressure_is_503_with_retry_after_and_a_refused_call_names_the_field()
    {
        var (status, _, headers) = await PostAsync("""{"n":1}""", submit: _ => throw new LedgerBackpressureException("meter_readings", TimeSpan.FromSeconds(2)));
        Assert.Equal(503, status);
        Assert.Equal("2", headers.RetryAfter.ToString());

        (status, var body, _) = await PostAsync("""{"n":1}""", submit: _ => throw new ArgumentException("No meter 'M-7'.", "code"));
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("code", out _));
    }

    private async Task<(int Status, JsonElement Body, IHeaderDictionary Headers)> PostAsync(
        string json, string contentType = "application/json", string subject = "meter:M-7", bool declareLength = true,
        Func<IReadOnlyList<Probe>, Task<DeviceIngestReply>>? submit = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Request.Method = "POST";
        http.Request.ContentType = contentType;
        http.Request.Body = new MemoryStream(bytes);
        http.Request.ContentLength = declareLength ? bytes.Length : null;
        http.Response.Body = new MemoryStream();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ApiKeyAuthenticationHandler.SubjectClaim, subject)], "test"));

        var result = await DeviceIngest.HandleAsync<Probe, IReadOnlyList<Probe>>(http.Request, user, Spec, "M-7", Validate, submit ?? Submit);
        await result.ExecuteAsync(http);

        http.Response.Body.Position = 0;
        var text = await new StreamReader(http.Response.Body).ReadToEndAsync();
        var body = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (http.Response.StatusCode, body, http.Response.Headers);
    }

    private static (IDictionary<string, string[]>, IReadOnlyList<Probe>) Validate(IReadOnlyList<Probe?> items)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { N: >= 0 })
            {
                errors[$"[{i}].n"] = ["n: a number >= 0."];
            }
        }

        return (errors, errors.Count == 0 ? [.. items.OfType<Probe>()] : []);
    }

    private Task<DeviceIngestReply> Submit(IReadOnlyList<Probe> batch)
    {
        submitted.Add(batch);
        var outcomes = batch.Select((p, i) => (i % 3) switch
        {
            0 => DeviceItemOutcome.Accepted(i),
            1 => DeviceItemOutcome.Duplicate(i),
            _ => DeviceItemOutcome.Refused(i, "odd one out"),
        });
        return Task.FromResult(new DeviceIngestReply(new { domain = "meter 7" }, [.. outcomes]));
    }
}
