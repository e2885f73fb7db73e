using System.Net.Http.Json;
using System.Text.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Hosting;
using Xunit;

namespace Simulator.Explorer.Tests.Support;

/// <summary>One explorer (web server and embedded silo) on a free loopback port, shared by the tests of a collection.</summary>
public class ExplorerFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ExplorerHost Host { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public static string ScenariosDirectory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static string LessonsDirectory => Path.Combine(AppContext.BaseDirectory, "lessons");

    /// <summary>The sessions' clock.</summary>
    protected virtual TimeProvider Time => TimeProvider.System;

    /// <summary>The most sessions open at once.</summary>
    protected virtual int MaxSessions => 4;

    public async Task InitializeAsync()
    {
        Host = await ExplorerHost.StartAsync(new ExplorerOptions { Port = 0, ScenariosDirectory = ScenariosDirectory, LessonsDirectory = LessonsDirectory, MaxSessions = MaxSessions }, verbose: false, time: Time);
        Http = new HttpClient { BaseAddress = Host.Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Creates a session and waits until its burn-in is over.</summary>
    public async Task<SessionView> NewSessionAsync(string scenario = "baseline", int customers = 300, int weeks = 12, bool compare = false, int pace = 0, ulong? seed = null, int? replicates = null)
    {
        var response = await Http.PostAsJsonAsync("api/sessions", new CreateSessionRequest(scenario, customers, weeks, seed, compare, pace, replicates));
        Assert.Equal(201, (int)response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<SessionView>(Json))!;
        return await WaitAsync(view.Id, v => v.Status != "preparing");
    }

    /// <summary>
    /// Reads a session again each time it changes until <paramref name="done"/> holds (it waits on the
    /// session's own signal, never on a clock; two minutes without any change fail the test rather than hang it).
    /// </summary>
    public async Task<SessionView> WaitAsync(string id, Func<SessionView, bool> done)
    {
        var session = Host.Sessions.Find(id) ?? throw new InvalidOperationException($"No session {id}.");
        while (true)
        {
            var changed = session.Changed;
            var view = await GetAsync(id);
            if (done(view))
            {
                return view;
            }

            try
            {
                await changed.WaitAsync(TimeSpan.FromMinutes(2));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"Session {id} did not change for two minutes and never reached the expected state (last: {view.Status}, week {view.Week}).");
            }
        }
    }

    public async Task<SessionView> GetAsync(string id, int since = 0) =>
        (await Http.GetFromJsonAsync<SessionView>($"api/sessions/{id}?since={since}", Json))!;

    public async Task<SessionView> PostAsync(string id, string action)
    {
        var response = await Http.PostAsync($"api/sessions/{id}/{action}", null);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<SessionView>(Json))!;
    }

    public async Task<HttpResponseMessage> SetLeverAsync(string id, string arm, string lever, double value) =>
        await Http.PutAsJsonAsync($"api/sessions/{id}/arms/{arm}/levers/{lever}", new ValueRequest(value));

    public async Task<HttpResponseMessage> SetBrandLeverAsync(string id, string arm, string brand, string lever, double value) =>
        await Http.PutAsJsonAsync($"api/sessions/{id}/arms/{arm}/brands/{brand}/levers/{lever}", new ValueRequest(value));
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
