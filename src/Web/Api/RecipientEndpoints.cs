using System.Text.RegularExpressions;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Warnings;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;

namespace AmbonCC.Web.Api;

/// <summary>Who receives flood warnings in each kelurahan: BPBD officers, RT heads along a river, the lurah.</summary>
public static partial class RecipientEndpoints
{
    [GeneratedRegex(@"^\+62[0-9]{8,13}$")]
    private static partial Regex IndonesianPhone();

    public static void MapRecipientApi(this RouteGroupBuilder api)
    {
        api.MapGet("/recipients/{kelurahanCode}", async (string kelurahanCode, IGrainFactory grains) =>
                await grains.GetGrain<IRecipientListGrain>(kelurahanCode).GetRecipientsAsync())
            .RequireAuthorization(AccessPolicies.ReadRecipients)
            .WithSummary("The warning recipients of one kelurahan.");

        api.MapPut("/recipients/{kelurahanCode}/{id}", async (string kelurahanCode, string id, RecipientRequest? body, IGrainFactory grains, CityCatalog catalog) =>
            {
                var kelurahan = await catalog.KelurahanAsync();
                var errors = Validate(kelurahanCode, id, body, kelurahan.Keys.ToHashSet());
                if (errors.Count > 0)
                {
                    return Results.ValidationProblem(errors, title: "The request has invalid fields.");
                }

                var r = body!;
                var recipient = new Recipient(id, r.Name!.Trim(), r.Title?.Trim() ?? "", r.Role!.Value, kelurahanCode, r.Rt, r.Rw,
                    string.IsNullOrWhiteSpace(r.RiverName) ? null : r.RiverName.Trim(), new RecipientChannels(r.WhatsApp, r.Sms, r.Telegram));
                try
                {
                    await grains.GetGrain<IRecipientListGrain>(kelurahanCode).RegisterAsync(recipient);
                }
                catch (ArgumentException ex)
                {
                    return ApiProblems.From(ex);
                }

                await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).AddToIndexAsync(CityIndexKind.RecipientList, [kelurahanCode]);
                return Results.Ok(recipient);
            })
            .RequireAuthorization(AccessPolicies.EditRecipients)
            .ProducesValidationProblem()
            .WithSummary("A Supervisor adds or replaces a recipient (RT heads need their river; at least one channel).");
    }

    private static Dictionary<string, string[]> Validate(string kelurahanCode, string id, RecipientRequest? r, IReadOnlySet<string> kelurahan)
    {
        var errors = new Dictionary<string, string[]>();
        if (!kelurahan.Contains(kelurahanCode))
        {
            errors["kelurahanCode"] = ["A known kelurahan code (Kemendagri)."];
        }

        if (string.IsNullOrWhiteSpace(id) || id.Length > TextLimits.Code)
        {
            errors["id"] = [$"1–{TextLimits.Code} characters."];
        }

        if (r is null)
        {
            errors["body"] = ["A JSON body is required."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(r.Name))
        {
            errors["name"] = ["Required."];
        }

        foreach (var (field, text) in new[] { ("name", r.Name), ("title", r.Title), ("riverName", r.RiverName), ("telegram", r.Telegram) })
        {
            if (!XmlText.IsValid(text))
            {
                errors[field] = [XmlText.Problem(text!)];
            }
        }

        foreach (var (field, text, max) in new[]
                 {
                     ("name", r.Name, TextLimits.Name), ("title", r.Title, TextLimits.Title), ("riverName", r.RiverName, TextLimits.Name),
                     ("telegram", r.Telegram, TextLimits.Channel),
                 })
        {
            if (TextLimits.Problem(text, max) is { } tooLong)
            {
                errors[field] = [tooLong];
            }
        }

        if (r.Rt is < 0 or > 999 || r.Rw is < 0 or > 999)
        {
            errors[r.Rt is < 0 or > 999 ? "rt" : "rw"] = ["Between 0 and 999."];
        }

        if (r.Role is not { } role || !Enum.IsDefined(role))
        {
            errors["role"] = ["One of BpbdOfficer, RtHead, Lurah."];
        }
        else if (r.Role == RecipientRole.RtHead && (string.IsNullOrWhiteSpace(r.RiverName) || r.Rt is not > 0))
        {
            errors["riverName"] = ["An RT head needs the river (riverName) and the RT number (rt)."];
        }

        foreach (var (field, phone) in new[] { ("whatsApp", r.WhatsApp), ("sms", r.Sms) })
        {
            if (phone is not null && !IndonesianPhone().IsMatch(phone))
            {
                errors[field] = ["An Indonesian number like +6281234567890."];
            }
        }

        if (r.WhatsApp is null && r.Sms is null && string.IsNullOrWhiteSpace(r.Telegram))
        {
            errors["whatsApp"] = ["At least one channel (whatsApp, sms or telegram)."];
        }

        return errors;
    }
}

public sealed record RecipientRequest(
    string? Name, string? Title, RecipientRole? Role, int? Rt, int? Rw, string? RiverName, string? WhatsApp, string? Sms, string? Telegram);
