using System.Globalization;
using System.Text;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using Simulator.Reporting.Charts;

namespace Simulator.Cli.Benchmarks;

/// <summary>Writes scale measurements as a markdown report, with a chart of time per week against population.</summary>
public static class ScaleReport
{
    /// <summary>The report as markdown.</summary>
    public static string Markdown(IReadOnlyList<ScaleMeasurement> runs, MachineInfo machine, string scenario, string command, DateTimeOffset when, string? chartFile)
    {
        var b = new StringBuilder();
        void Line(FormattableString text) => b.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"# Scale run: {scenario}, {when:yyyy-MM-dd HH:mm}");
        Line($"");
        Line($"Command: `{command}`");
        Line($"");
        Line($"Machine: {machine.Processor}, {machine.Cores} cores, {machine.MemoryBytes / 1e9:0.0} GB available; {machine.OperatingSystem}; {machine.Runtime}; {machine.GarbageCollector} GC.");
        Line($"The machine may be shared: read figures as orders of magnitude and ratios measured in one run.");
        Line($"");
        Line($"| customers | weeks | information lag | weeks per block | rounds per block | calls per customer-week | run again | activation (s) | median week (ms) | customer-weeks/s | end to end (s) | peak RSS (MB) | bytes per customer | reference customer-weeks/s | Orleans cost / reference cost |");
        Line($"| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in runs)
        {
            Line($"| {r.Customers:N0} | {r.Weeks} | {r.InformationLagWeeks} | {r.WeeksPerBlock:0.0} | {r.RoundsPerBlock:0.0} | {r.CallsPerCustomerWeek:0.000} | {r.RerunShare:P1} | {r.ActivationSeconds:0.0} | {r.MedianTickSeconds * 1000:N0} | {r.CustomerTicksPerSecond:N0} | {r.EndToEndSeconds:0.0} | {r.PeakRssBytes / 1e6:N0} | {r.BytesPerCustomer:N0} | {(double.IsNaN(r.ReferenceCustomerTicksPerSecond) ? "-" : r.ReferenceCustomerTicksPerSecond.ToString("N0", CultureInfo.InvariantCulture))} | {(double.IsNaN(r.CostRatio) ? "-" : r.CostRatio.ToString("0.0", CultureInfo.InvariantCulture))}x |");
        }

        Line($"");
        Line($"Activation is the time to create every customer grain (staged by shard). A week's time is measured around the simulation grain's call for a block of weeks, divided by the weeks in the block. Peak RSS is the process's resident high-water mark (the reference run comes after it is read). Bytes per customer is the resident memory added by activation, divided by the population. A block is the weeks each customer runs per grain call in its first round; weeks beyond the information lag run on predicted inputs, and the rounds after the first run again, from the first week that differs, the customers whose inputs turned out different (\"run again\": the customer-weeks the model stepped beyond the weeks simulated, as a share of them; a customer run again from week f of a block of n steps f + 2(n - f) weeks: it reaches week f again from the block's start, gives back what its old weeks produced, and runs the new ones).");
        if (chartFile is not null)
        {
            Line($"");
            Line($"![Time per week against population]({chartFile})");
        }

        return b.ToString();
    }

    /// <summary>Time per week against population, log-log.</summary>
    public static PlotModel Chart(IReadOnlyList<ScaleMeasurement> runs, string scenario)
    {
        var model = new PlotModel { Title = "Time per simulated week against population", Subtitle = scenario + ", Orleans engine, one silo", Background = OxyColors.White };
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "Customers (grains)", MajorGridlineStyle = LineStyle.Solid, MajorGridlineColor = OxyColor.FromRgb(230, 230, 230) });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "Median time per week (s)", MajorGridlineStyle = LineStyle.Solid, MajorGridlineColor = OxyColor.FromRgb(230, 230, 230) });
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.TopLeft });
        var orleans = new LineSeries { Title = "Orleans engine", MarkerType = MarkerType.Circle, StrokeThickness = 2 };
        var reference = new LineSeries { Title = "Reference engine", MarkerType = MarkerType.Square, StrokeThickness = 2, LineStyle = LineStyle.Dash };
        foreach (var r in runs.OrderBy(r => r.Customers))
        {
            orleans.Points.Add(new DataPoint(r.Customers, r.MedianTickSeconds));
            if (!double.IsNaN(r.ReferenceCustomerTicksPerSecond))
            {
                reference.Points.Add(new DataPoint(r.Customers, r.Customers / r.ReferenceCustomerTicksPerSecond));
            }
        }

        model.Series.Add(orleans);
        if (reference.Points.Count > 0)
        {
            model.Series.Add(reference);
        }

        return model;
    }

    /// <summary>Writes the report (and its chart when there are two populations or more) into <paramref name="directory"/>; returns the report's path. Never overwrites.</summary>
    public static string Write(string directory, IReadOnlyList<ScaleMeasurement> runs, MachineInfo machine, string scenario, string command, DateTimeOffset when)
    {
        Directory.CreateDirectory(directory);
        var stem = Unique(directory, "scale-" + when.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        string? chart = null;
        if (runs.Count > 1)
        {
            chart = stem + ".png";
            var model = Chart(runs, scenario);
            WriteWhole(Path.Combine(directory, chart), stream => ChartRenderer.ExportPng(model, stream));
            WriteWhole(Path.Combine(directory, stem + ".svg"), stream => ChartRenderer.ExportSvg(model, stream));
        }

        var path = Path.Combine(directory, stem + ".md");
        WriteWhole(path, stream =>
        {
            var bytes = Encoding.UTF8.GetBytes(Markdown(runs, machine, scenario, command, when, chart));
            stream.Write(bytes);
        });
        return path;
    }

    private static string Unique(string directory, string stem)
    {
        var candidate = stem;
        for (var n = 2; File.Exists(Path.Combine(directory, candidate + ".md")); n++)
        {
            candidate = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static void WriteWhole(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            write(stream);
        }

        File.Move(temp, path);
    }
}
