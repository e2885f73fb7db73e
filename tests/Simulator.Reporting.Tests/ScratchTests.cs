using Simulator.Reporting.Charts;
using Xunit;

namespace Simulator.Reporting.Tests;

public class ScratchTests
{
    [Fact]
    public void Scratch_render()
    {
        var dir = "/tmp/charts";
        Directory.CreateDirectory(dir);
        var result = new Simulator.Model.Engine.ReferenceEngine().Run(ResultFixture.Load("strategy-shift.json").WithRun(customers: 3000, weeks: 104, replicates: 2));
        ChartRenderer.WriteAll(result, dir);
    }
}
