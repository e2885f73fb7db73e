namespace Simulator.Grains.Hosting;

/// <summary>Which cluster a silo joins or a client talks to: a Redis server holding the membership table, and the cluster's ids.</summary>
public sealed class RedisClusterOptions
{
    /// <summary>Cluster id unless told otherwise.</summary>
    public const string DefaultClusterId = "cxsim";

    /// <summary>Service id unless told otherwise (grain state in Redis is keyed by it).</summary>
    public const string DefaultServiceId = "cxsim";

    /// <summary>The Redis server, as <c>host:port</c> (a StackExchange.Redis configuration string).</summary>
    public string Redis { get; set; } = "";

    /// <summary>Silos and clients with the same cluster id (and service id) form one cluster.</summary>
    public string ClusterId { get; set; } = DefaultClusterId;

    /// <summary>The service the cluster runs; stays the same across redeployments.</summary>
    public string ServiceId { get; set; } = DefaultServiceId;

    /// <summary>Every problem with the options, each a sentence naming the setting and what is allowed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        try
        {
            var parsed = StackExchange.Redis.ConfigurationOptions.Parse(Redis);
            if (parsed.EndPoints.Count == 0)
            {
                problems.Add($"--redis '{Redis}' names no server; allowed: host:port, e.g. 127.0.0.1:6379.");
            }
        }
        catch (ArgumentException e)
        {
            problems.Add($"--redis '{Redis}' is not a Redis address ({e.Message}); allowed: host:port, e.g. 127.0.0.1:6379.");
        }

        foreach (var (name, value) in new[] { ("--cluster-id", ClusterId), ("--service-id", ServiceId) })
        {
            if (value.Length == 0 || value.Length > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                problems.Add($"{name} '{value}' is not allowed; allowed: 1 to 64 letters, digits, '-', '_' or '.'.");
            }
        }

        return problems;
    }
}
