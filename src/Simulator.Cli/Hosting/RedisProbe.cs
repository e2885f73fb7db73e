using StackExchange.Redis;

namespace Simulator.Cli.Hosting;

/// <summary>Checks that a Redis server answers before a silo or client relies on it, so the error says so plainly.</summary>
public static class RedisProbe
{
    /// <summary>How long to try to reach the server.</summary>
    public const int ConnectTimeoutMilliseconds = 10_000;

    /// <summary>Null when <paramref name="redis"/> answers a PING; otherwise a sentence saying it does not.</summary>
    public static async Task<string?> ProblemAsync(string redis)
    {
        var options = ConfigurationOptions.Parse(redis);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = ConnectTimeoutMilliseconds;
        options.ConnectRetry = 1;
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
            return null;
        }
        catch (RedisException e)
        {
            return $"cannot reach Redis at {redis} ({FirstLine(e.Message)}). Start it (e.g. 'redis-server --port 6379 --bind 127.0.0.1') or fix --redis.";
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
