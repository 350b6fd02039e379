using AmbonCC.Warnings;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AmbonCC.Web.Hosting;

/// <summary>
/// The configured public address, or else the address this web server listens on (https preferred), so that
/// links point at the server that made them. A wildcard bind (0.0.0.0, [::], +, *) names this machine instead.
/// </summary>
public sealed class ServerPublicBaseUrl(IConfiguration configuration, IServer server) : IPublicBaseUrl
{
    public string Value
    {
        get
        {
            if (configuration[IPublicBaseUrl.ConfigurationKey] is { } configured && !string.IsNullOrWhiteSpace(configured))
            {
                return configured.TrimEnd('/');
            }

            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var listening = addresses.Select(Normalize).OfType<Uri>().OrderByDescending(u => u.Scheme == Uri.UriSchemeHttps).FirstOrDefault();
            return listening?.GetLeftPart(UriPartial.Authority) ?? IPublicBaseUrl.Fallback;
        }
    }

    private static Uri? Normalize(string address)
    {
        // Kestrel reports wildcards as written ("http://+:80", "http://[::]:5080"), which Uri cannot always parse.
        var text = address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri.Host is "0.0.0.0" or "[::]" or "::"
            ? new UriBuilder(uri) { Host = Environment.MachineName.ToLowerInvariant() }.Uri
            : uri;
    }
}
