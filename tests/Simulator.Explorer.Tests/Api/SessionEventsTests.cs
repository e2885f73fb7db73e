using System.Text.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Tests.Support;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>The live view as server-sent events: a view at once, another at every change, each with the points not sent yet.</summary>
[Collection(ExplorerCollection.Name)]
public class SessionEventsTests(ExplorerFixture explorer)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Each_week_run_arrives_as_an_event_with_only_the_new_points()
    {
        var view = await explorer.NewSessionAsync(customers: 200, weeks: 6);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/sessions/{view.Id}/events?since=0");
        using var response = await explorer.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var first = await NextAsync(reader);
        Assert.Equal(("ready", 0), (first.Status, first.Week));
        Assert.Empty(first.Arms[0].Points);

        await explorer.PostAsync(view.Id, "step");
        var stepped = await UntilAsync(reader, v => v.Week == 1);
        Assert.Equal([0], stepped.Arms[0].Points.Select(p => p.Week));

        await explorer.PostAsync(view.Id, "start");
        var weeks = new List<int>(stepped.Arms[0].Points.Select(p => p.Week));
        SessionView last;
        do
        {
            last = await NextAsync(reader);
            weeks.AddRange(last.Arms[0].Points.Select(p => p.Week));
        }
        while (last.Status != "finished");

        // Every week once, in order: no event repeats a point, none is lost.
        Assert.Equal([0, 1, 2, 3, 4, 5], weeks.Distinct());
        Assert.Equal(weeks.Distinct().Count(), weeks.Count);

        // The stream ends with the session, after any event already on its way.
        await explorer.Http.DeleteAsync($"api/sessions/{view.Id}");
        while (await ReadEventAsync(reader) is not null)
        {
        }
    }

    [Fact]
    public async Task An_unknown_session_or_a_bad_week_gets_a_problem_not_a_stream()
    {
        Assert.Equal(404, (int)(await explorer.Http.GetAsync("api/sessions/nope/events")).StatusCode);
        var view = await explorer.NewSessionAsync(customers: 100, weeks: 2);
        var bad = await explorer.Http.GetAsync($"api/sessions/{view.Id}/events?since=-3");
        Assert.Equal(400, (int)bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<SessionView> UntilAsync(StreamReader reader, Func<SessionView, bool> done)
    {
        while (true)
        {
            var view = await NextAsync(reader);
            if (done(view))
            {
                return view;
            }
        }
    }

    private static async Task<SessionView> NextAsync(StreamReader reader) =>
        await ReadEventAsync(reader) ?? throw new InvalidOperationException("The stream ended.");

    // One "event: session / data: {...}" block; null when the stream has ended. Each read waits for the
    // server's next line: the signal the test is about, never a clock.
    private static async Task<SessionView?> ReadEventAsync(StreamReader reader)
    {
        string? name = null;
        string? data = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
            else if (line.Length == 0 && data is not null)
            {
                Assert.Equal(SessionEvents.EventName, name);
                return JsonSerializer.Deserialize<SessionView>(data, ExplorerFixture.Json);
            }
        }

        return null;
    }
}
