namespace AmbonCC.Web.Api;

/// <summary>Bad input becomes a 400 problem-details body whose <c>errors</c> name the offending field.</summary>
public static class ApiProblems
{
    public static IResult Field(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has invalid fields.");

    /// <summary>Grains reject bad arguments with <see cref="ArgumentException"/>; its parameter name is the field.</summary>
    public static IResult From(ArgumentException ex) =>
        Field(ex.ParamName ?? "request", StripParamSuffix(ex.Message, ex.ParamName));

    private static string StripParamSuffix(string message, string? param) =>
        param is null ? message : message.Replace($" (Parameter '{param}')", "", StringComparison.Ordinal);
}
