namespace AmbonCC.Warnings;

/// <summary>The public address of the web app, the base of every link in messages, CAP documents and the feed.</summary>
public interface IPublicBaseUrl
{
    /// <summary>The web app's default address, the best guess a headless silo has when nothing is configured.</summary>
    public const string Fallback = "http://127.0.0.1:5080";

    /// <summary>Where the address is configured (AmbonCC:Warnings:PublicBaseUrl); empty means "where the web server listens".</summary>
    public const string ConfigurationKey = "AmbonCC:Warnings:PublicBaseUrl";

    /// <summary>Without a trailing slash, e.g. <c>https://cc.ambon.go.id</c>.</summary>
    string Value { get; }
}
