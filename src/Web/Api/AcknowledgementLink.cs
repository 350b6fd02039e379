using System.Net;
using System.Text;
using AmbonCC.Warnings;

namespace AmbonCC.Web.Api;

/// <summary>
/// The acknowledgement link in every message. Opening it changes nothing (link-preview bots open links too): the
/// page shows a button, and only its POST acknowledges. A wrong link answers 404 with a page saying so.
/// </summary>
public static class AcknowledgementLink
{
    private const string Route = "/ack/{warningId}/{recipientId}/{token}";
    private const string Invalid = "Tautan konfirmasi ini tidak dikenal. / This acknowledgement link is not valid.";

    public static void MapAcknowledgementLink(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, async (string warningId, string recipientId, string token, IGrainFactory grains) =>
                await grains.GetGrain<IFloodWarningGrain>(warningId).IsAcknowledgementLinkValidAsync(recipientId, token)
                    ? Page(200, "Konfirmasi peringatan / Acknowledge the warning",
                        "Tekan tombol untuk mengonfirmasi bahwa Anda menerima peringatan banjir. / Press the button to confirm you received the flood warning.",
                        "<form method=\"post\"><button type=\"submit\" style=\"font-size:1.2rem;padding:.6rem 1.2rem\">Konfirmasi / Acknowledge</button></form>")
                    : Page(404, "Tautan tidak berlaku / Link not valid", Invalid, ""))
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapPost(Route, async (string warningId, string recipientId, string token, IGrainFactory grains) =>
                await grains.GetGrain<IFloodWarningGrain>(warningId).AcknowledgeAsync(recipientId, token)
                    ? Page(200, "Terima kasih / Thank you",
                        "Konfirmasi Anda sudah kami terima. Mohon teruskan peringatan kepada warga. / Your acknowledgement was received.", "")
                    : Page(404, "Tautan tidak berlaku / Link not valid", Invalid, ""))
            .AllowAnonymous()
            .DisableAntiforgery() // the secret token in the path is the proof; there is no session to forge
            .ExcludeFromDescription();
    }

    private static IResult Page(int status, string title, string text, string form)
    {
        var html = $"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            + $"<meta name=\"robots\" content=\"noindex\"><title>{WebUtility.HtmlEncode(title)}</title></head>"
            + $"<body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:1rem\"><h1>{WebUtility.HtmlEncode(title)}</h1>"
            + $"<p>{WebUtility.HtmlEncode(text)}</p>{form}<p>Command Center Kota Ambon</p></body></html>";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
