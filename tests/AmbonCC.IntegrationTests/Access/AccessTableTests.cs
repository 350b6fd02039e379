using System.Net;
using System.Text;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Access;

/// <summary>
/// README's access table is the contract: every endpoint of the app has a row, every row an endpoint, and every
/// endpoint admits exactly the callers its row names (anonymous, each role, each key scope, an unknown key).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessTableTests(WebAppFixture app, ITestOutputHelper output)
{
    private static readonly Caller[] Callers =
    [
        new("anonymous"),
        new("unknown key", UnknownKey: true),
        .. Roles.All.Select(r => new Caller(r, Role: r)),
        .. ApiScopes.All.Select(s => new Caller("key:" + s, Scope: s)),
    ];

    [Fact]
    public void Every_endpoint_has_a_row_and_every_row_an_endpoint()
    {
        var rows = AccessTable.FromReadme();
        var targets = Targets();
        var missing = targets.Where(t => t.Row is null).Select(t => $"{t.Method} {t.Route}").ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in README's access table:\n" + string.Join('\n', missing));

        var unused = rows.Where(r => !targets.Any(t => t.Row is { } row && row.Route == r.Route && row.Methods.SetEquals(r.Methods))).Select(r => $"{string.Join(",", r.Methods)} {r.Route}").ToList();
        Assert.True(unused.Count == 0, "README rows that name no endpoint:\n" + string.Join('\n', unused));
    }

    [Fact]
    public async Task Every_endpoint_admits_exactly_the_callers_its_row_names()
    {
        var wrong = new List<string>();
        var requests = 0;
        foreach (var caller in Callers)
        {
            var client = await ClientForAsync(caller);
            // A device key speaks for its own device only: tax terminals' routes get a terminal's key.
            var terminalClient = caller.Scope == ApiScopes.DeviceIngest ? await ClientForAsync(caller, "terminal") : null;
            foreach (var target in Targets().Where(t => t.Row is not null))
            {
                var targetClient = terminalClient is not null && target.Path.StartsWith("/api/v1/terminals/", StringComparison.Ordinal) ? terminalClient : client;
                using var request = new HttpRequestMessage(new HttpMethod(target.Method == "*" ? "GET" : target.Method), target.Path);
                if (target.Method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await targetClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                requests++;
                if (Verdict(caller, target, response) is { } problem)
                {
                    wrong.Add($"{caller}: {target.Method} {target.Path} ({target.Row!.Route}) -> {problem}");
                }

                if (target.Route == "/account/logout" && caller.Role is not null)
                {
                    client = await ClientForAsync(caller); // signed out: sign in again for the rest
                }
            }
        }

        output.WriteLine($"{requests} requests, {Callers.Length} callers");
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers disagree with README's access table:\n" + string.Join('\n', wrong.Take(60)));
    }

    private static string? Verdict(Caller caller, Target target, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        // The cookie handler's redirects carry ReturnUrl; a handler's own redirect (logout to the login page) does not.
        var toLogin = status == 302 && location.Contains("/account/login?ReturnUrl=", StringComparison.Ordinal);
        var toDenied = status == 302 && location.Contains("/account/denied?ReturnUrl=", StringComparison.Ordinal);
        var shown = $"{status} {location}".Trim();
        if (target.Row!.Admits(caller))
        {
            return status is 401 or 403 || toLogin || toDenied ? $"refused ({shown}), README admits it"
                // The Orleans dashboard's own endpoints answer 500 to a made-up silo address: not ours to judge here.
                : status >= 500 && !target.Path.StartsWith("/ops/orleans/", StringComparison.Ordinal) ? $"admitted but failed ({shown})"
                : null;
        }

        var authenticated = caller.Role is not null || caller.Scope is not null;
        var api = AccessTable.IsApi(target.Path);
        return (authenticated, api) switch
        {
            (false, true) when status == 401 => null,
            (false, false) when status == 401 || toLogin => null,
            (true, true) when status == 403 => null,
            (true, false) when status == 403 || toDenied => null,
            _ => $"{shown}, expected {(authenticated ? "403" : "401")}{(api ? "" : " or a redirect")}",
        };
    }

    private sealed record Target(string Method, string Route, string Path, AccessRow? Row);

    /// <summary>Every endpoint and method of the running app (static files: one of them stands for all).</summary>
    private List<Target> Targets()
    {
        _ = app.Server;
        var rows = AccessTable.FromReadme();
        var targets = new List<Target>();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var staticFile = endpoints.First(e => e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") && e.RoutePattern.RawText == "app.css");
        targets.Add(new Target("GET", AccessTable.StaticFiles, "/app.css", AccessTable.RowFor(rows, "GET", AccessTable.StaticFiles)));
        foreach (var endpoint in endpoints.Where(e => !e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")))
        {
            var route = AccessTable.RouteOf(endpoint);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Where(m => m != "HEAD").ToList() ?? ["*"];
            foreach (var method in methods)
            {
                targets.Add(new Target(method, route, AccessTable.PathFor(endpoint.RoutePattern), AccessTable.RowFor(rows, method, route)));
            }
        }

        Assert.NotNull(staticFile);
        return targets;
    }

    private async Task<HttpClient> ClientForAsync(Caller caller, string? deviceKind = null)
    {
        if (caller.Role is { } role)
        {
            return await app.SignedInAsync("table." + role.ToLowerInvariant(), role, role == Roles.OpdStaff ? AccessTable.Subject : null);
        }

        var client = app.Anonymous();
        if (caller.UnknownKey)
        {
            client.DefaultRequestHeaders.Add(ApiKeys.Header, ApiKeys.NewKey().Key);
        }
        else if (caller.Scope is { } scope)
        {
            var kind = scope switch { ApiScopes.DeviceIngest => deviceKind ?? "gauge", ApiScopes.Opd => "opd", ApiScopes.Vms => "vms", _ => "gateway" };
            client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync($"{kind}:{AccessTable.Subject}", scope));
        }

        return client;
    }
}
