using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using AmbonCC.Cameras;
using AmbonCC.Web.Api;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.Cameras;

public static partial class CameraEndpoints
{
    /// <summary>
    /// Stores the bytes first, then tells the camera (its hash feeds the frozen rule): a picture the camera does not
    /// know of yet is harmless, and a retry stores nothing new (an older or equal time never replaces the held one).
    /// </summary>
    private static async Task<IResult> PutSnapshotAsync(
        string code, string? takenAt, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains,
        IOptions<CameraOptions> options, TimeProvider time)
    {
        var (camera, refusal) = await AuthorizeWriteAsync(code, user, grains);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "image/jpeg", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the picture as image/jpeg.");
        }

        var now = time.GetUtcNow();
        var at = now;
        if (takenAt is not null && (!DateTimeOffset.TryParse(takenAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out at)
            || at > now + CameraInput.MaxFutureSkew || at < now - CameraInput.MaxHeartbeatAge))
        {
            return ApiProblems.Field("takenAt", "An ISO 8601 time with offset within the last 24 hours.");
        }

        var limit = options.Value.MaxSnapshotBytes;
        var image = await RequestBodyLimits.ReadAtMostAsync(request, limit);
        if (image is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A snapshot may have at most {limit} bytes.");
        }

        if (image.Length < 4 || image[0] != 0xFF || image[1] != 0xD8 || image[2] != 0xFF)
        {
            return ApiProblems.Field("body", "Not a JPEG picture (it must start with FF D8 FF).");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(image));
        try
        {
            await grains.GetGrain<ICameraSnapshotGrain>(ICameraSnapshotGrain.Any).SaveAsync(new StoredSnapshot(code, at, sha, image));
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retryLater)
        {
            return retryLater;
        }

        return await CallAsync(() => camera!.RecordSnapshotAsync(new SnapshotInfo(sha, at, image.Length)));
    }

    private static async Task<IResult> GetSnapshotAsync(string code, HttpContext context, IGrainFactory grains)
    {
        var snapshot = await grains.GetGrain<ICameraSnapshotGrain>(ICameraSnapshotGrain.Any).ReadAsync(code);
        if (snapshot is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No picture of camera '{code}' yet.");
        }

        // Private: pictures of the city are for staff; a shared cache must never keep them.
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers["X-Taken-At"] = snapshot.TakenAt.ToString("O", CultureInfo.InvariantCulture);
        return Results.File(snapshot.Image, "image/jpeg", entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{snapshot.Sha256}\""));
    }
}
