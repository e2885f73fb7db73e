using Microsoft.AspNetCore.Http;

namespace Simulator.Explorer.Api;

/// <summary>The body of every refused request: what was wrong, in a sentence.</summary>
/// <param name="Error">The message.</param>
public sealed record ApiError(string Error)
{
    /// <summary>A JSON error response with status <paramref name="status"/>.</summary>
    public static IResult Of(int status, string message) => Results.Json(new ApiError(message), statusCode: status);
}
