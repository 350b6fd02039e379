using AmbonCC.Platform;

namespace AmbonCC.City;

/// <summary>The part a recipient plays in passing a flood warning on.</summary>
public enum RecipientRole
{
    /// <summary>BPBD field or duty officer; last step of escalation.</summary>
    BpbdOfficer,

    /// <summary>Ketua RT: the last link of a warning to the households along the river.</summary>
    RtHead,

    /// <summary>Head of the kelurahan, desa or negeri (lurah, kepala desa, raja).</summary>
    Lurah,
}

/// <summary>Where a recipient can be reached; numbers are E.164 (+62...). Null when not used.</summary>
[GenerateSerializer, Immutable, Alias("ambon.city.RecipientChannels")]
public sealed record RecipientChannels(
    [property: Id(0)] string? WhatsApp,
    [property: Id(1)] string? Sms,
    [property: Id(2)] string? Telegram);

/// <summary>Someone a flood warning is delivered to.</summary>
/// <param name="Id">Stable id built from the natural key, e.g. <c>81.71.02.1011-RW02-RT003</c>.</param>
/// <param name="Title">How the person is addressed in a message, e.g. <c>Ketua RT 003/RW 02 Rijali</c>.</param>
/// <param name="KelurahanCode">Kelurahan the person serves (RT head, lurah) or is posted to (BPBD).</param>
/// <param name="Rt">RT number for an RT head, else null.</param>
/// <param name="Rw">RW number for an RT head, else null.</param>
/// <param name="RiverName">
/// The river an RT lies along; null for lurah and BPBD officers, who are warned for any river in their area.
/// </param>
[GenerateSerializer, Immutable, Alias("ambon.city.Recipient")]
public sealed record Recipient(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Title,
    [property: Id(3)] RecipientRole Role,
    [property: Id(4)] string KelurahanCode,
    [property: Id(5)] int? Rt,
    [property: Id(6)] int? Rw,
    [property: Id(7)] string? RiverName,
    [property: Id(8)] RecipientChannels Channels)
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> whose <c>ParamName</c> is the JSON field: text over its limit, or a role
    /// outside the enum (a number like 42 deserializes into any enum).
    /// </summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Role))
        {
            throw new ArgumentException($"One of {string.Join(", ", Enum.GetNames<RecipientRole>())}.", "role");
        }

        TextLimits.Require(Id, TextLimits.Code, "id");
        TextLimits.Require(Name, TextLimits.Name, "name");
        TextLimits.Require(Title, TextLimits.Title, "title");
        TextLimits.Require(RiverName, TextLimits.Name, "riverName");
        TextLimits.Require(Channels?.WhatsApp, TextLimits.Channel, "whatsApp");
        TextLimits.Require(Channels?.Sms, TextLimits.Channel, "sms");
        TextLimits.Require(Channels?.Telegram, TextLimits.Channel, "telegram");
    }
}
