using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Simulator.Explorer.Api;

/// <summary>Reads a JSON request body, turning every way it can be wrong into a sentence.</summary>
public static class RequestBody
{
    /// <summary>Largest body accepted: every request is a few numbers.</summary>
    public const int MaxBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    /// <summary>The body as <typeparamref name="T"/>, or the problem response that says why it cannot be read.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength is > MaxBytes)
        {
            return (null, Refused($"The request body is {request.ContentLength} bytes; at most {MaxBytes} are accepted."));
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length > MaxBytes)
        {
            return (null, Refused($"The request body is over {MaxBytes} bytes."));
        }

        if (buffer.Length == 0)
        {
            return (null, Refused("The request body is empty; a JSON object is expected."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), Options);
            return value is null ? (null, Refused("The request body is null; a JSON object is expected.")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            var line = e.LineNumber is { } n ? $" (line {n + 1})" : "";
            var detail = $"The request body is not valid JSON for this request{where}{line}: {FirstSentence(e.Message)}";
            return (null, ApiProblem.Of(StatusCodes.Status400BadRequest, detail, jsonPath: e.Path is { Length: > 0 } ? e.Path : null, line: e.LineNumber is { } l ? (int)l + 1 : null));
        }
    }

    private static IResult Refused(string detail) => ApiProblem.Of(StatusCodes.Status400BadRequest, detail);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
