using Microsoft.Extensions.Options;

namespace AmbonCC.Warnings;

/// <summary>
/// A host without a web server (a headless silo) knows only the configured address; the web host replaces this
/// with one that falls back to the address it listens on.
/// </summary>
public sealed class ConfiguredPublicBaseUrl(IOptions<WarningOptions> options) : IPublicBaseUrl
{
    /// <summary>The web app's default address, the best guess a headless silo has when nothing is configured.</summary>
    public const string Fallback = IPublicBaseUrl.Fallback;

    public string Value => string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? Fallback : options.Value.PublicBaseUrl.TrimEnd('/');
}
