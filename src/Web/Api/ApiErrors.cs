using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace AmbonCC.Web.Api;

/// <summary>
/// Turns whatever escapes an API endpoint into problem+json, in place (no re-execution: an error page re-run
/// with the request's method answered a failed PUT with 405). Known causes keep their meaning (400 naming the
/// field, 413, 415, 503 + Retry-After); anything else is a 500 that says nothing about the exception.
/// </summary>
public static partial class ApiErrors
{
    [GeneratedRegex("parameter \"(?:[^\" ]+ )?([^\" ]+)\"")]
    private static partial Regex ParameterName();

    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteAsync,
            // A client's mistake is not a server error: only defects reach the error log (no log flood from bad input).
            SuppressDiagnosticsCallback = c => ToResult(c.Exception) is not null,
        });

    private static async Task WriteAsync(HttpContext http)
    {
        // A defect was already logged by the middleware; the client learns nothing about it.
        var exception = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var result = (exception is null ? null : ToResult(exception)) ?? Unexpected();
        await result.ExecuteAsync(http);
    }

    /// <summary>The answer for a known cause, or null for a defect (a generic 500).</summary>
    internal static IResult? ToResult(Exception exception) => exception switch
    {
        _ when ApiProblems.RetryLater(exception) is { } retryLater => retryLater,
        BodyTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body is larger than {RequestBodyLimits.Describe()}."),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the body as UTF-8 application/json."),
        BadHttpRequestException { InnerException: JsonException json } => ApiProblems.Field(JsonField(json.Path), "Not valid here: " + FirstSentence(json.Message)),
        BadHttpRequestException bad when bad.StatusCode < 500 => ApiProblems.Field(ParameterOf(bad.Message), FirstSentence(bad.Message)),
        JsonException json => ApiProblems.Field(JsonField(json.Path), "Not valid here: " + FirstSentence(json.Message)),
        _ => null,
    };

    private static IResult Unexpected() => Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "An unexpected error occurred.");

    /// <summary>"$.thresholds.holdMinutes" → "thresholds.holdMinutes"; "$[2].levelCm" → "[2].levelCm"; "$" → "body".</summary>
    public static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');

    private static string ParameterOf(string message) => ParameterName().Match(message) is { Success: true } m ? m.Groups[1].Value : "request";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        var sentence = end < 0 ? message : message[..(end + 1)];
        return sentence.Length > 200 ? sentence[..200] : sentence;
    }
}
