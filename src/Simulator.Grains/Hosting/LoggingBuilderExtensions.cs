using Microsoft.Extensions.Logging;

namespace Simulator.Grains.Hosting;

/// <summary>How every cxsim host logs: silently, unless asked to show Orleans' and the server's logs.</summary>
public static class LoggingBuilderExtensions
{
    /// <summary>No log output, or one line per message at Information and above when <paramref name="verbose"/>.</summary>
    public static ILoggingBuilder UseCxsimConsole(this ILoggingBuilder logging, bool verbose)
    {
        logging.ClearProviders();
        if (verbose)
        {
            logging.AddSimpleConsole(o => o.SingleLine = true);
            logging.SetMinimumLevel(LogLevel.Information);
        }

        return logging;
    }
}
