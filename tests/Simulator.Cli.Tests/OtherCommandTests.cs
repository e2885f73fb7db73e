using Xunit;

namespace Simulator.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public async Task Scenarios_lists_every_shipped_scenario_with_its_one_line_description()
    {
        var run = await Cxsim.RunAsync("scenarios");

        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "baseline", "acquisition-focus", "ignored-feedback", "closed-loop-feedback", "effortless-service",
                     "data-harvesting-and-over-contact", "lock-in-and-pressure", "prevention-first", "empathetic-service",
                     "unified-contact-centre", "strategy-shift", "bass-diffusion" })
        {
            Assert.Contains(name, run.Output);
        }

        Assert.Contains("Closed-loop feedback", run.Output);
    }

    [Fact]
    public async Task Validate_accepts_a_good_file()
    {
        var run = await Cxsim.RunAsync("validate", "strategy-shift");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("OK", run.Output);
        Assert.Contains("8 scheduled change(s)", run.Output);
    }

    [Fact]
    public async Task Validate_lists_every_error_with_path_line_and_allowed_values()
    {
        using var folder = Cxsim.NewFolder();
        var file = Path.Combine(folder.Path, "typo.json");
        await File.WriteAllTextAsync(file, """
            {
              "extends": "missing-base.json",
              "description": "typos",
              "weeks": 10,
              "customers": 100,
              "colour": "red"
            }
            """);

        var run = await Cxsim.RunAsync("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("typo.json:2: $.extends", run.Error);
        Assert.Contains("missing-base.json", run.Error);
    }

    [Fact]
    public async Task Explain_tells_one_customers_life()
    {
        var run = await Cxsim.RunAsync("explain", "baseline", "--customer", "17", "--customers", "400", "--weeks", "60", "--burn-in", "20");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Customer 17 of scenario 'baseline'", run.Output);
        Assert.Contains("Traits:", run.Output);
        Assert.Contains("Week 0:", run.Output);
        Assert.Contains("After 60 weeks:", run.Output);
    }

    [Fact]
    public async Task Explain_refuses_a_customer_outside_the_population()
    {
        var run = await Cxsim.RunAsync("explain", "baseline", "--customer", "400", "--customers", "400");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--customer 400 is out of range; allowed: 0 to 399.", run.Error);
    }

    [Fact]
    public async Task Help_names_every_command()
    {
        var run = await Cxsim.RunAsync("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "run", "scenarios", "validate", "explain" })
        {
            Assert.Contains(command, run.Output);
        }
    }
}

public class ParametersCommandTests
{
    [Fact]
    public async Task Parameters_lists_every_settable_path_with_value_range_plausible_range_unit_and_source_as_csv()
    {
        var run = await Cxsim.RunAsync("parameters", "baseline", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var records = Simulator.Experiments.Data.CsvRecords.Read(run.Output);
        Assert.Equal(["path", "group", "value", "min", "max", "plausible_min", "plausible_max", "default", "unit", "description", "source", "plausible_reason"], records[0].Fields);
        var effortEase = Assert.Single(records, r => r.Fields[0] == "model.effortEase");
        Assert.Equal(["0.2", "0", "1", "0.1", "0.3"], effortEase.Fields.Skip(2).Take(5));
        Assert.Contains(records, r => r.Fields[0] == "brands.Rival.policy.serviceEffort");
        Assert.Contains(records, r => r.Fields[0] == "segments.mainstream.meanNeedWeeks");
    }

    [Fact]
    public async Task Parameters_as_json_and_as_a_table()
    {
        var json = await Cxsim.RunAsync("parameters", "effortless-service", "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.Equal("effortless-service", document.RootElement.GetProperty("scenario").GetString());
        var lever = document.RootElement.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("path").GetString() == "brands.Focal.policy.serviceEffort");
        // The stories start from the baseline's policy and change it by a schedule entry at week 0: values are the starting ones.
        Assert.Equal(0.5, lever.GetProperty("value").GetDouble());
        Assert.Equal(0.5, lever.GetProperty("default").GetDouble());

        var table = await Cxsim.RunAsync("parameters");
        Assert.Contains("settable paths of baseline", table.Output);
        Assert.Contains("model.creepiness", table.Output);
    }

    [Fact]
    public async Task A_bad_format_is_refused_with_the_allowed_ones()
    {
        var run = await Cxsim.RunAsync("parameters", "baseline", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("table", run.Error);
    }
}
