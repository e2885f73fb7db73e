using System.CommandLine;
using System.Net;
using Simulator.Cli.Hosting;
using Simulator.Grains.Hosting;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>cxsim silo --redis HOST:PORT</c>: a silo that joins a cluster on Redis membership and hosts customers until stopped.</summary>
public static class SiloCommand
{
    /// <summary>The silo port unless told otherwise (Orleans' default).</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The gateway port unless told otherwise (Orleans' default).</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The dashboard port unless told otherwise.</summary>
    public const int DefaultDashboardPort = 8080;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var cluster = new ClusterCliOptions(required: true);
        var host = new Option<string>("--host") { Description = "Address the silo listens on and tells the others: 127.0.0.1 for silos on one machine, this machine's address across machines.", DefaultValueFactory = _ => "127.0.0.1" };
        var siloPort = new Option<int>("--silo-port") { Description = "Port for silo-to-silo traffic (0: any free port).", DefaultValueFactory = _ => DefaultSiloPort };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to (0: any free port).", DefaultValueFactory = _ => DefaultGatewayPort };
        var dashboard = new Option<bool>("--dashboard") { Description = "Serve the Orleans Dashboard (grain counts, call rates) on 127.0.0.1." };
        var dashboardPort = new Option<int>("--dashboard-port") { Description = "Port of the dashboard.", DefaultValueFactory = _ => DefaultDashboardPort };
        var checkpoints = new Option<int?>("--checkpoint-weeks") { Description = "Checkpoint every replicate to Redis every N weeks, so a run survives a lost silo with the same numbers (0: never; default: CustomerSimulation__CheckpointIntervalWeeks, else 0). Give every silo the same value." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show Orleans' logs." };
        var command = new Command("silo", "Start a silo that joins the cluster whose membership is in Redis, and host customers until stopped (Ctrl+C).")
        {
            host, siloPort, gatewayPort, dashboard, dashboardPort, checkpoints, verbose,
        };
        cluster.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = cluster.Read(parse)!;
            var problems = options.Problems().ToList();
            var hostText = parse.GetValue(host)!;
            if (!IPAddress.TryParse(hostText, out var address))
            {
                problems.Add($"--host '{hostText}' is not an IP address; allowed: an IPv4 or IPv6 address of this machine, e.g. 127.0.0.1.");
            }

            foreach (var (name, port) in new[] { ("--silo-port", parse.GetValue(siloPort)), ("--gateway-port", parse.GetValue(gatewayPort)), ("--dashboard-port", parse.GetValue(dashboardPort)) })
            {
                if (port is < 0 or > 65535)
                {
                    problems.Add($"{name} {port} is out of range; allowed: 0 (any free port) to 65535.");
                }
            }

            if (parse.GetValue(checkpoints) is { } weeks && (weeks < 0 || weeks > Model.Scenarios.Scenario.MaxWeeks))
            {
                problems.Add($"--checkpoint-weeks {weeks} is out of range; allowed: 0 (never) to {Model.Scenarios.Scenario.MaxWeeks}.");
            }

            if (problems.Count > 0)
            {
                return cli.InvalidInput(problems[0]);
            }

            var silo = parse.GetValue(siloPort) is var s && s == 0 ? FreePorts.Next() : s;
            var gateway = parse.GetValue(gatewayPort) is var g && g == 0 ? FreePorts.Next() : g;
            int? dashboardAt = parse.GetValue(dashboard) ? (parse.GetValue(dashboardPort) is var d && d == 0 ? FreePorts.Next() : d) : null;
            ClusterSilo running;
            try
            {
                running = await ClusterSilo.StartAsync(options, address!, silo, gateway, dashboardAt, parse.GetValue(checkpoints), parse.GetValue(verbose), cancellationToken);
            }
            catch (ClusterUnavailableException e)
            {
                cli.Error.WriteLine("error: " + e.Message);
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or OrleansException)
            {
                cli.Error.WriteLine($"error: the silo could not start on {address}:{silo} (gateway {gateway}): {e.Message.Split('\n')[0].Trim()} Pick other ports with --silo-port and --gateway-port.");
                return ExitCodes.Failure;
            }

            await using (running)
            {
                cli.Console.WriteLine($"silo {running.Address} joined cluster '{options.ClusterId}' (service '{options.ServiceId}', membership in Redis at {options.Redis}); clients connect to {address}:{gateway}.");
                if (running.Dashboard is not null)
                {
                    cli.Console.WriteLine($"dashboard: {running.Dashboard}");
                }

                cli.Console.WriteLine("Ctrl+C to stop.");
                try
                {
                    await running.WaitForShutdownAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: leave the cluster cleanly.
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
