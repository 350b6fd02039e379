using AmbonCC.Silo.Hosting;

namespace AmbonCC.Web.Api;

/// <summary>Bad input becomes a 400 problem-details body whose <c>errors</c> name the offending field.</summary>
public static class ApiProblems
{
    public static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has invalid fields.");

    /// <summary>Grains reject bad arguments with <see cref="ArgumentException"/>; its parameter name is the field.</summary>
    public static IResult From(ArgumentException ex) =>
        Field(ex.ParamName ?? "request", StripParamSuffix(ex.Message, ex.ParamName));

    /// <summary>
    /// A store outage or a saturated ledger (<see cref="StoreFailures.TryGetRetryAfter"/>) as 503 + Retry-After
    /// with a problem body that names no driver text; null for any other failure.
    /// </summary>
    public static IResult? RetryLater(Exception exception)
    {
        if (!StoreFailures.TryGetRetryAfter(exception, out var retryAfter))
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var title = StoreFailures.IsStoreUnavailable(exception)
            ? "A store is unavailable: nothing was stored; retry the same request later."
            : "Busy: retry the same batch later.";
        var problem = Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title,
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        return new WithRetryAfter(problem, seconds);
    }

    private sealed class WithRetryAfter(IResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }

    private static string StripParamSuffix(string message, string? param) =>
        param is null ? message : message.Replace($" (Parameter '{param}')", "", StringComparison.Ordinal);
}
