using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Simulator.Explorer.Api;
using Simulator.Explorer.Lessons;
using Simulator.Explorer.Sessions;
using Simulator.Grains.Hosting;

namespace Simulator.Explorer.Hosting;

/// <summary>The explorer as one process: the web server and the embedded silo in the same host.</summary>
public sealed class ExplorerHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SessionStore _sessions;

    private ExplorerHost(WebApplication app, SessionStore sessions)
    {
        _app = app;
        _sessions = sessions;
    }

    /// <summary>The address the explorer listens on, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");

    /// <summary>Sessions open now.</summary>
    internal SessionStore Sessions => _sessions;

    /// <summary>
    /// Starts the silo and the web server; throws <see cref="ArgumentException"/> for invalid options.
    /// <paramref name="time"/> is the sessions' clock (pace between weeks, last use): the system's unless a test gives a fake one.
    /// </summary>
    public static async Task<ExplorerHost> StartAsync(ExplorerOptions options, bool verbose, CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        var problems = ExplorerOptionsValidator.Problems(options);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));
        }

        // Read before anything starts: a broken lesson stops the start with every problem it has.
        var scenarios = new ScenarioShelf(options.ScenariosDirectory);
        var lessons = new LessonShelf(options.LessonsDirectory, scenarios, options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.UseCxsimConsole(verbose);

        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(ExplorerOptionsValidator.AddressOf(options.Host), options.Port));
        // The page shows the weeks one at a time, and a lever moved acts from the next week: one week per step.
        builder.UseOrleans(silo => silo.UseEmbeddedCluster().AddCustomerSimulation(o => o.BlockWeeks = 1));
        var app = builder.Build();

        var sessions = new SessionStore(app.Services.GetRequiredService<IGrainFactory>(), options.MaxSessions, time ?? TimeProvider.System);
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            // A failure inside one request answers that request; the server goes on.
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var status = failure is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            await ApiProblem.Of(status, failure?.Message ?? "The request failed.").ExecuteAsync(context);
        }));
        app.MapExplorerPage();
        app.MapExplorerApi(options, scenarios, lessons, sessions);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // The silo may have started before the web server failed (a port in use): stop it too.
            await app.DisposeAsync();
            throw;
        }

        return new ExplorerHost(app, sessions);
    }

    /// <summary>Waits until the host is asked to stop (Ctrl+C) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Sessions end their grains while the silo is still up.
        await _sessions.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
