using System.CommandLine;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Commands;

/// <summary>The options that name a cluster on Redis, shared by <c>cxsim silo</c> and <c>cxsim run</c>.</summary>
public sealed class ClusterCliOptions(bool required)
{
    /// <summary>--redis HOST:PORT.</summary>
    public Option<string?> Redis { get; } = new("--redis")
    {
        Description = required
            ? "The Redis server holding the cluster's membership table, as host:port (e.g. 127.0.0.1:6379)."
            : "Run on the cluster whose membership is in this Redis server (host:port) instead of an embedded silo.",
        Required = required,
    };

    /// <summary>--cluster-id.</summary>
    public Option<string> ClusterId { get; } = new("--cluster-id") { Description = "Cluster id: silos and clients with the same ids form one cluster.", DefaultValueFactory = _ => RedisClusterOptions.DefaultClusterId };

    /// <summary>--service-id.</summary>
    public Option<string> ServiceId { get; } = new("--service-id") { Description = "Service id (keys grain state in Redis).", DefaultValueFactory = _ => RedisClusterOptions.DefaultServiceId };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Redis);
        command.Options.Add(ClusterId);
        command.Options.Add(ServiceId);
    }

    /// <summary>The cluster named on the command line, or null without --redis.</summary>
    public RedisClusterOptions? Read(ParseResult parse) => parse.GetValue(Redis) is { } redis
        ? new RedisClusterOptions { Redis = redis, ClusterId = parse.GetValue(ClusterId)!, ServiceId = parse.GetValue(ServiceId)! }
        : null;
}
