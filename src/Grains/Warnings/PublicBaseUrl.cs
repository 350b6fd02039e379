using Microsoft.Extensions.Options;

namespace AmbonCC.Warnings;

/// <summary>The public address of the web app, the base of every link in messages, CAP documents and the feed.</summary>
public interface IPublicBaseUrl
{
    /// <summary>Without a trailing slash, e.g. <c>https://cc.ambon.go.id</c>.</summary>
    string Value { get; }
}

/// <summary>
/// A host without a web server (a headless silo) knows only the configured address; the web host replaces this
/// with one that falls back to the address it listens on.
/// </summary>
public sealed class ConfiguredPublicBaseUrl(IOptions<WarningOptions> options) : IPublicBaseUrl
{
    /// <summary>The web app's default address, the best guess a headless silo has when nothing is configured.</summary>
    public const string Fallback = "http://127.0.0.1:5080";

    public string Value => string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? Fallback : options.Value.PublicBaseUrl.TrimEnd('/');
}
