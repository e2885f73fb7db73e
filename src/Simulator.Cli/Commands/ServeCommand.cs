using System.CommandLine;
using Simulator.Explorer.Hosting;
using Simulator.Explorer.Lessons;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>cxsim serve</c>: the web explorer on this machine, with the embedded silo.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var host = new Option<string>("--host") { Description = "Address to listen on. Only loopback addresses (127.0.0.1, ::1, localhost) unless --public.", DefaultValueFactory = _ => ExplorerOptions.DefaultHost };
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => ExplorerOptions.DefaultPort };
        var isPublic = new Option<bool>("--public") { Description = "Allow a non-loopback address: anyone who can reach it can run simulations on this machine." };
        var customers = new Option<int>("--customers", "-n") { Description = "Customers of a new run unless the page asks for another number.", DefaultValueFactory = _ => ExplorerOptions.DefaultCustomers };
        var maxCustomers = new Option<int>("--max-customers") { Description = "The most customers a run may have.", DefaultValueFactory = _ => ExplorerOptions.DefaultMaxCustomers };
        var maxWeeks = new Option<int>("--max-weeks") { Description = "The most weeks a run may have.", DefaultValueFactory = _ => ExplorerOptions.DefaultMaxWeeks };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show Orleans and web server logs." };
        var command = new Command("serve", "Start the web explorer: pick a scenario, move policy levers, and watch trust, emotions, retention and NPS respond week by week.")
        {
            host, port, isPublic, customers, maxCustomers, maxWeeks, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ExplorerOptions
            {
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                Public = parse.GetValue(isPublic),
                Customers = parse.GetValue(customers),
                MaxCustomers = parse.GetValue(maxCustomers),
                MaxWeeks = parse.GetValue(maxWeeks),
                ScenariosDirectory = ScenarioResolver.ShippedDirectory,
                LessonsDirectory = LessonsNextTo(ScenarioResolver.ShippedDirectory),
            };
            var problem = ExplorerOptionsValidator.Problems(options).FirstOrDefault();
            if (problem is not null)
            {
                return cli.InvalidInput(problem);
            }

            ExplorerHost explorer;
            try
            {
                explorer = await ExplorerHost.StartAsync(options, parse.GetValue(verbose), cancellationToken);
            }
            catch (LessonException e)
            {
                return cli.InvalidInput("a lesson cannot be read:\n" + e.Message);
            }
            catch (IOException e)
            {
                cli.Error.WriteLine($"error: cannot listen on {options.Host}:{options.Port}: {e.Message} Pick another port with --port.");
                return ExitCodes.Failure;
            }

            await using (explorer)
            {
                cli.Console.WriteLine($"cxsim explorer: open {explorer.Address} in a browser (Ctrl+C to stop).");
                if (options.Public)
                {
                    cli.Error.WriteLine($"warning: listening on {options.Host}, not only on this machine: anyone who can reach it can run simulations here.");
                }

                try
                {
                    await explorer.WaitForShutdownAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop cleanly.
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The shipped lessons: the <c>lessons</c> folder beside the scenarios folder (none when there is no such folder).</summary>
    public static string LessonsNextTo(string scenariosDirectory)
    {
        var lessons = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenariosDirectory)) ?? ".", "lessons");
        return Directory.Exists(lessons) ? lessons : "";
    }
}
