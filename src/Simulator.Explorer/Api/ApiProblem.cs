using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Simulator.Explorer.Api;

/// <summary>
/// The body of every refused request: RFC 7807 problem details (<c>application/problem+json</c>) whose
/// <c>detail</c> says what was wrong in a sentence with the allowed values, and, where they apply, the
/// extensions <c>field</c> (the request field or route value at fault), <c>jsonPath</c> and <c>line</c>
/// (where in a JSON body).
/// </summary>
public static class ApiProblem
{
    /// <summary>The extension naming the field at fault.</summary>
    public const string FieldKey = "field";

    /// <summary>The extension holding the JSON path of the fault in the request body.</summary>
    public const string JsonPathKey = "jsonPath";

    /// <summary>The extension holding the 1-based line of the fault in the request body.</summary>
    public const string LineKey = "line";

    /// <summary>A problem response with status <paramref name="status"/>.</summary>
    public static IResult Of(int status, string detail, string? field = null, string? jsonPath = null, int? line = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (field is not null)
        {
            extensions[FieldKey] = field;
        }

        if (jsonPath is not null)
        {
            extensions[JsonPathKey] = jsonPath;
        }

        if (line is not null)
        {
            extensions[LineKey] = line;
        }

        return Results.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status), extensions: extensions);
    }

    /// <summary>A 400 problem about the body field <paramref name="field"/> (its JSON path is <c>$.field</c>).</summary>
    public static IResult OfBodyField(string field, string detail) => Of(StatusCodes.Status400BadRequest, detail, field, "$." + field);
}
