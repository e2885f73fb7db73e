using System.CommandLine;

namespace Simulator.Cli.Commands;

/// <summary>The options that override a scenario's run settings, shared by the commands that run one.</summary>
public sealed class RunOptions
{
    /// <summary>--customers.</summary>
    public Option<int?> Customers { get; } = new("--customers", "-n") { Description = "Population size (overrides the scenario's)." };

    /// <summary>--weeks.</summary>
    public Option<int?> Weeks { get; } = new("--weeks", "-w") { Description = "Weeks to simulate (overrides the scenario's)." };

    /// <summary>--seed.</summary>
    public Option<ulong?> Seed { get; } = new("--seed", "-s") { Description = "Seed of every random draw (overrides the scenario's)." };

    /// <summary>--replicates.</summary>
    public Option<int?> Replicates { get; } = new("--replicates", "-r") { Description = "Replicates; replicate k uses the same numbers in every scenario." };

    /// <summary>--burn-in.</summary>
    public Option<int?> BurnIn { get; } = new("--burn-in") { Description = "Weeks simulated before week 0 and not reported, so feelings and trust settle (overrides the scenario's)." };

    /// <summary>--set PATH=VALUE (repeatable).</summary>
    public Option<string[]> Set { get; } = new("--set") { Description = "Change any numeric setting, e.g. --set policy.serviceEffort=0.2 --set model.trustGain=0.15 (repeatable).", AllowMultipleArgumentsPerToken = false };

    /// <summary>Adds the options to <paramref name="command"/>; replicates only where they make sense.</summary>
    public void AddTo(Command command, bool withReplicates)
    {
        command.Options.Add(Customers);
        command.Options.Add(Weeks);
        command.Options.Add(Seed);
        command.Options.Add(BurnIn);
        command.Options.Add(Set);
        if (withReplicates)
        {
            command.Options.Add(Replicates);
        }
    }

    /// <summary>The overrides given on the command line.</summary>
    public RunSettings Read(ParseResult parse) =>
        new(parse.GetValue(Customers), parse.GetValue(Weeks), parse.GetValue(Seed), parse.GetValue(Replicates), parse.GetValue(BurnIn), parse.GetValue(Set));
}
