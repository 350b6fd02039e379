using System.Globalization;
using System.Security.Claims;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using AmbonCC.Web.Services;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// Open311 GeoReport v2: services, requests (POST with an <c>open311</c> key, GET with the spec's filters) and tokens,
/// in JSON and XML. What it shows is public: never the reporter's identity, and no text or place of a confidential
/// complaint (its status only, by id or token).
/// </summary>
public static class Open311Endpoints
{
    public const string Root = "/open311/v2";
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);
    private const int MaxRequests = 1000;

    public static void MapOpen311(this IEndpointRouteBuilder app)
    {
        var open311 = app.MapGroup(Root).WithTags("Open311");
        open311.MapGet("/services.{format}", (string format) => Known(format, () => Open311Format.Write(format, "services", "service",
            ComplaintCategories.All.Select(Service)))).AllowAnonymous()
            .WithSummary("GeoReport v2 service list: the complaint categories.");
        open311.MapGet("/services/{code}.{format}", (string code, string format) => Known(format, () =>
                ComplaintCategories.Find(code) is { } c
                    ? Open311Format.Write(format, "service_definition", "service_definition", [[new("service_code", c.Code), new("attributes", Array.Empty<string>())]])
                    : Open311Format.Error(format, 404, "service_code not found")))
            .AllowAnonymous().WithSummary("GeoReport v2 service definition (no extra attributes).");
        open311.MapPost("/requests.{format}", PostAsync).RequireAuthorization(ComplaintAccess.Open311)
            .WithSummary("GeoReport v2: submit a request (api_key of scope open311; lat/long or address_string).");
        open311.MapGet("/requests.{format}", ListAsync).AllowAnonymous()
            .WithSummary("GeoReport v2: requests by service_request_id, service_code, start_date, end_date, status.");
        open311.MapGet("/requests/{id}.{format}", async (string id, string format, IGrainFactory grains, CityCatalog city) =>
                await Guarded(format, async () => TrackingIds.IsValid(id) && await PublicViewAsync(grains, id) is { } view
                    ? Open311Format.Write(format, "service_requests", "request", [Request(view, await OpdNamesAsync(city))])
                    : Open311Format.Error(format, 404, "service_request_id not found")))
            .AllowAnonymous().WithSummary("GeoReport v2: one request.");
        open311.MapGet("/tokens/{token}.{format}", async (string token, string format, IGrainFactory grains) =>
                await Guarded(format, async () => token.Length == 32 && await grains.GetGrain<IComplaintTokenGrain>(token).ResolveAsync() is { } id
                    ? Open311Format.Write(format, "service_requests", "request", [[new("service_request_id", id), new("token", token)]])
                    : Open311Format.Error(format, 404, "token not found")))
            .AllowAnonymous().WithSummary("GeoReport v2: the request id a token stands for.");
    }

    private static async Task<IResult> PostAsync(string format, HttpContext http, ClaimsPrincipal user, IGrainFactory grains,
        ComplaintClock clock, PublicIntakeThrottle throttle) => await Guarded(format, async () =>
    {
        if (!throttle.TryTake(http, out var wait))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Open311Format.Error(format, 429, "too many requests from this client; retry later");
        }

        if (!http.Request.HasFormContentType)
        {
            return Open311Format.Error(format, 400, "body: application/x-www-form-urlencoded or multipart/form-data");
        }

        var form = await http.Request.ReadFormAsync();
        string? F(string name) => form.TryGetValue(name, out var v) && v.ToString() is { Length: > 0 } s ? s : null;
        if (ComplaintCategories.Find(F("service_code")) is null)
        {
            return Open311Format.Error(format, 400, "service_code: missing or not a known service");
        }

        double? lat = null, lon = null;
        if (F("lat") is { } latText || F("long") is not null)
        {
            if (!double.TryParse(F("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || !double.TryParse(F("long"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lo))
            {
                return Open311Format.Error(format, 400, "lat/long: both as decimal degrees");
            }

            (lat, lon) = (la, lo);
        }

        if (lat is null && F("address_string") is null)
        {
            return Open311Format.Error(format, 400, "lat/long or address_string: a location is required");
        }

        var name = string.Join(' ', new[] { F("first_name"), F("last_name") }.Where(n => n is not null));
        var reporter = new ComplaintReporter(name.Length > 0 ? name : null, F("phone"), F("email"));
        var anonymous = reporter is { Name: null, Phone: null, Email: null };
        var submission = new ComplaintSubmission(ComplaintChannel.Open311, F("service_code")!, F("description") ?? "",
            new ComplaintLocation(lat, lon, F("address_string"), null), anonymous ? null : reporter, anonymous, false,
            ComplaintAccess.Actor(user), F("device_id"));
        try
        {
            ComplaintInput.Validate(submission);
        }
        catch (ArgumentException ex)
        {
            return Open311Format.Error(format, 400, $"{Open311Field(ex.ParamName)}: {ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal)}");
        }

        var view = await ComplaintIntake.SubmitAsync(grains, clock, submission, ComplaintAccess.Actor(user));
        return Open311Format.Write(format, "service_requests", "request",
            [[new("service_request_id", view.Id), new("token", view.PublicToken), new("service_notice", "Diverifikasi dalam 3 hari kerja."), new("account_id", null)]],
            StatusCodes.Status201Created);
    });

    private static async Task<IResult> ListAsync(string format, HttpContext http, IGrainFactory grains, CityCatalog city, ComplaintClock clock) => await Guarded(format, async () =>
    {
        var q = http.Request.Query;
        if (!TryDate(q["start_date"], out var start) || !TryDate(q["end_date"], out var end))
        {
            return Open311Format.Error(format, 400, "start_date/end_date: w3 date-time, e.g. 2026-11-01T00:00:00+09:00");
        }

        var statuses = q["status"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (statuses.Any(s => s is not ("open" or "closed")))
        {
            return Open311Format.Error(format, 400, "status: open, closed or both");
        }

        var opds = await OpdNamesAsync(city);
        if (q["service_request_id"].ToString() is { Length: > 0 } ids)
        {
            var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(TrackingIds.IsValid).Distinct().Take(MaxRequests);
            var found = await Task.WhenAll(wanted.Select(id => PublicViewAsync(grains, id)));
            return Open311Format.Write(format, "service_requests", "request", found.OfType<ComplaintView>().Select(v => Request(v, opds)));
        }

        var code = q["service_code"].ToString();
        var from = start ?? (end ?? clock.GetUtcNow()) - DefaultWindow;
        var page = await grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).ListAsync(new ComplaintFilter(Category: code.Length > 0 ? code : null, Limit: MaxRequests));
        var picked = page.Items
            .Where(s => !s.Confidential && s.Status != ComplaintStatus.Merged && s.ReceivedAt >= from && (end is null || s.ReceivedAt <= end))
            .Where(s => statuses.Length == 0 || statuses.Contains(IsClosed(s.Status) ? "closed" : "open"))
            .OrderByDescending(s => s.ReceivedAt).Take(MaxRequests);
        var views = await Task.WhenAll(picked.Select(s => PublicViewAsync(grains, s.Id)));
        return Open311Format.Write(format, "service_requests", "request", views.OfType<ComplaintView>().Select(v => Request(v, opds)));
    });

    private static IReadOnlyList<KeyValuePair<string, object?>> Service(ComplaintCategory c) =>
    [
        new("service_code", c.Code), new("service_name", c.Name), new("description", c.EnglishName), new("metadata", false),
        new("type", "realtime"), new("keywords", c.Code), new("group", c.Group),
    ];

    /// <summary>One request as the spec names its fields; a confidential complaint shows its status only.</summary>
    internal static IReadOnlyList<KeyValuePair<string, object?>> Request(ComplaintView v, IReadOnlyDictionary<string, string> opds)
    {
        var secret = v.Confidential;
        return
        [
            new("service_request_id", v.Id), new("status", IsClosed(v.Status) ? "closed" : "open"), new("status_notes", StatusNotes(v)),
            new("service_name", ComplaintCategories.Find(v.Category)?.Name), new("service_code", v.Category),
            new("description", secret ? null : v.Description),
            new("agency_responsible", v.OpdCode is { } o ? opds.GetValueOrDefault(o, o) : "Command Center Kota Ambon"),
            new("service_notice", null), new("requested_datetime", Open311Format.Time(v.ReceivedAt)),
            new("updated_datetime", Open311Format.Time(v.UpdatedAt)), new("expected_datetime", Open311Format.Time(v.Deadline?.DueAt)),
            new("address", secret ? null : v.Location.Address), new("address_id", null), new("zipcode", null),
            new("lat", secret ? null : v.Location.Latitude), new("long", secret ? null : v.Location.Longitude), new("media_url", null),
        ];
    }

    private static string StatusNotes(ComplaintView v) => v.Status switch
    {
        ComplaintStatus.Closed or ComplaintStatus.Responded => v.Response ?? "Selesai.",
        ComplaintStatus.NotOurAuthority => "Bukan kewenangan Pemerintah Kota Ambon.",
        ComplaintStatus.Archived => "Diarsipkan.",
        ComplaintStatus.Merged => $"Digabung dengan {v.MergedInto}.",
        ComplaintStatus.Dispatched or ComplaintStatus.FollowedUp => $"Diteruskan ke {v.OpdCode}.",
        ComplaintStatus.Postponed => "Ditunda: menunggu keterangan pelapor.",
        _ => "Diterima, menunggu verifikasi.",
    };

    private static bool IsClosed(ComplaintStatus s) => s is ComplaintStatus.Closed or ComplaintStatus.Archived or ComplaintStatus.NotOurAuthority or ComplaintStatus.Merged;

    private static Task<ComplaintView?> PublicViewAsync(IGrainFactory grains, string id) =>
        grains.GetGrain<IComplaintGrain>(id).GetAsync(new ComplaintReader("open311", ReaderKind.Public));

    private static async Task<IReadOnlyDictionary<string, string>> OpdNamesAsync(CityCatalog city) =>
        (await city.OpdsAsync()).ToDictionary(o => o.Code, o => o.FullName, StringComparer.OrdinalIgnoreCase);

    private static string Open311Field(string? field) => field switch
    {
        "reporter.name" => "first_name/last_name",
        "reporter.phone" => "phone",
        "reporter.email" => "email",
        "sourceSite" => "api_key",
        "externalRef" => "device_id",
        null => "request",
        _ => field,
    };

    private static bool TryDate(string? text, out DateTimeOffset? at)
    {
        at = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            at = parsed;
            return true;
        }

        return false;
    }

    private static IResult Known(string format, Func<IResult> answer) =>
        Open311Format.IsKnown(format) ? answer() : Open311Format.UnknownFormat();

    private static async Task<IResult> Guarded(string format, Func<Task<IResult>> answer)
    {
        if (!Open311Format.IsKnown(format))
        {
            return Open311Format.UnknownFormat();
        }

        try
        {
            return await answer();
        }
        catch (Exception ex) when (AmbonCC.Web.Api.ApiProblems.RetryLater(ex) is not null)
        {
            return Open311Format.Error(format, 503, "temporarily unavailable; nothing was stored, retry later");
        }
    }
}
