namespace AmbonCC.Platform;

/// <summary>
/// How long each kind of stored text may be. The HTTP layer refuses longer text with a 400 naming the field, and
/// the grain that stores it refuses it again, so an Orleans client cannot store what the API would refuse.
/// </summary>
public static class TextLimits
{
    /// <summary>Codes and ids: gauge and kelurahan codes, recipient ids, message ids.</summary>
    public const int Code = 60;

    /// <summary>Names of people, gauges, rivers; display names.</summary>
    public const int Name = 120;

    /// <summary>How a recipient is addressed, e.g. "Ketua RT 003/RW 02 Rijali".</summary>
    public const int Title = 200;

    /// <summary>A channel address such as a Telegram handle or chat id.</summary>
    public const int Channel = 64;

    /// <summary>An API key's subject, KIND:CODE.</summary>
    public const int Subject = 100;

    /// <summary>Reasons for rejecting or cancelling a warning, closing an incident or clearing an alarm.</summary>
    public const int Reason = 1_000;

    /// <summary>An operator's note on an alarm acknowledgement.</summary>
    public const int Note = 1_000;

    /// <summary>A bulletin on the command center's board.</summary>
    public const int Bulletin = 500;

    /// <summary>A gateway's error text on a failed delivery receipt.</summary>
    public const int ReceiptError = 500;

    /// <summary>The message for a field over its limit, or null when the text fits (null text fits).</summary>
    public static string? Problem(string? text, int max) =>
        text is not null && text.Length > max ? $"At most {max} characters." : null;

    /// <summary>Throws <see cref="ArgumentException"/> whose <c>ParamName</c> is the field (as in the JSON body).</summary>
    public static void Require(string? text, int max, string field)
    {
        if (Problem(text, max) is { } message)
        {
            throw new ArgumentException(message, field);
        }
    }
}
