using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Api;

/// <summary>
/// A session's live view as server-sent events: an event <c>session</c> with the view (the same JSON
/// as <c>GET /api/sessions/{id}</c>) at once and every time something in it changes (a week run, a
/// status, a lever), with the points not sent yet. The stream ends with the session, the request or
/// the server.
/// </summary>
/// <param name="session">The session to follow.</param>
/// <param name="since">The first week whose point the first event carries.</param>
public sealed class SessionEvents(ExplorerSession session, int since) : IResult
{
    /// <summary>The event's name in the stream.</summary>
    public const string EventName = "session";

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var stopping = httpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ends = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        var token = ends.Token;
        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var from = since;
        var resets = session.Resets;
        try
        {
            while (!token.IsCancellationRequested)
            {
                // Taken before the state is read (the end included): a change made while this event is written wakes the next one.
                var changed = session.Changed;
                if (session.Ended)
                {
                    break;
                }

                if (session.Resets != resets)
                {
                    // A reset went back to week 0: every point is new again.
                    resets = session.Resets;
                    from = 0;
                }

                var view = await ExplorerApi.ViewAsync(session, from);
                await response.WriteAsync($"event: {EventName}\ndata: {JsonSerializer.Serialize(view, json)}\n\n", token);
                await response.Body.FlushAsync(token);

                // The arms of a comparison may stand a week apart: go on from the one behind.
                var start = from;
                from = view.Arms.Min(a => start + a.Points.Count);
                await changed.WaitAsync(token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping: the stream just ends.
        }
    }
}
