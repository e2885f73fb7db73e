using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Metrics;

/// <summary>What a population view is given: one byte per customer and attribute, and the week's word of mouth as arcs.</summary>
public class PopulationFrameTests
{
    [Fact]
    public void A_sender_with_several_warnings_in_a_week_took_revenge_and_one_warning_is_a_warning()
    {
        var arcs = PopulationFrame.ArcsOf(
        [
            new WordOfMouth(7, 9, 0, false),
            new WordOfMouth(3, 4, 1, true),
            new WordOfMouth(7, 8, 0, false),
            new WordOfMouth(5, 6, 0, false),
            new WordOfMouth(7, 6, 0, true),
        ]);

        Assert.Equal(
        [
            new WordOfMouthArc(3, 4, 1, ArcKind.Recommendation),
            new WordOfMouthArc(5, 6, 0, ArcKind.Warning),
            new WordOfMouthArc(7, 6, 0, ArcKind.Recommendation),
            new WordOfMouthArc(7, 8, 0, ArcKind.Revenge),
            new WordOfMouthArc(7, 9, 0, ArcKind.Revenge),
        ], arcs);
    }

    [Fact]
    public void Each_column_reads_its_attribute_of_every_customer()
    {
        var scenario = TestScenarios.Market(customers: 400, weeks: 30);
        var stepper = ReplicateStepper.Start(scenario, 0);
        stepper.Advance(30);
        var frame = stepper.Observe();
        var customers = stepper.Customers.ToArray();
        Assert.Equal(29, frame.Week);
        Assert.Equal(customers.Length, frame.Customers);
        Assert.Equal(PopulationAttributes.All.Count, frame.Columns.Count);
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            Assert.Equal(c.IsCustomer ? (byte)c.Brand : PopulationAttribute.None, frame.Column("brand")[i]);
            Assert.Equal((byte)c.Stage, frame.Column("stage")[i]);
            Assert.Equal((byte)c.LastChurnReason, frame.Column("churnReason")[i]);
            Assert.Equal(c.EverCustomer == 0 ? PopulationAttribute.None : c.LikelihoodToRecommend, frame.Column("likelihood")[i]);
            Assert.Equal(Math.Round(c.Anger * PopulationAttributes.Steps), frame.Column("anger")[i], 0);
            var trusted = c.IsCustomer ? c.Brand : c.FormerBrand >= 0 ? c.FormerBrand : 0;
            Assert.Equal(Math.Round(c.Trust[trusted] * PopulationAttributes.Steps), frame.Column("trust")[i], 0);
        }

        // Every kind of value occurs: a test on a population of prospects only would prove little.
        Assert.Contains(frame.Column("brand"), b => b == 0);
        Assert.Contains(frame.Column("brand"), b => b == 1);
        Assert.Contains(frame.Column("brand"), b => b == PopulationAttribute.None);
        Assert.Contains(frame.Column("churnReason"), r => r != (byte)ChurnReason.None);
    }

    [Fact]
    public void The_frames_revenge_senders_are_the_weeks_acts_of_revenge()
    {
        // Ignoring feedback makes complaints go unheard, which is what turns into revenge.
        var scenario = ShippedScenarios.Load("ignored-feedback").WithRun(customers: 3000, weeks: 40, burnInWeeks: 10);
        var stepper = ReplicateStepper.Start(scenario, 0);
        var revenge = 0;
        while (!stepper.Finished)
        {
            var week = stepper.Advance().Weeks[0];
            var frame = stepper.Observe();
            var acts = Enumerable.Range(0, scenario.Brands.Count).Sum(b => FixedPoint.ToDouble(week.Total(b, Counter.RevengeActs)));
            var senders = frame.Arcs.Where(a => a.Kind == ArcKind.Revenge).Select(a => a.Sender).Distinct().Count();
            Assert.Equal(acts, senders, 6);
            var told = Enumerable.Range(0, scenario.Brands.Count).Sum(b => FixedPoint.ToDouble(week.Total(b, Counter.WordOfMouthPositive) + week.Total(b, Counter.WordOfMouthNegative)));
            Assert.Equal(told, frame.Arcs.Count, 6);
            revenge += senders;
        }

        Assert.True(revenge > 0, "no act of revenge in 50 weeks: the test would prove nothing");
    }

    [Fact]
    public void Ranges_that_do_not_cover_every_customer_are_refused()
    {
        var scenario = TestScenarios.Market(customers: 10);
        var customers = Enumerable.Range(0, 10).Select(i => Population.Create(scenario, 0, i)).ToArray();
        var first = PopulationFrame.Cells(scenario, customers.AsSpan(0, 6));
        var rest = PopulationFrame.Cells(scenario, customers.AsSpan(6));
        var joined = PopulationFrame.Join(0, 10, [(6, rest), (0, first)], []);
        Assert.True(joined.SameAs(PopulationFrame.Of(scenario, 0, customers, [])));
        Assert.Throws<ArgumentException>(() => PopulationFrame.Join(0, 10, [(0, first)], []));
        Assert.Throws<ArgumentException>(() => PopulationFrame.Join(0, 10, [(6, first)], []));
        // As many customers as there are, but one range overlapping the other and customer 9 left out.
        var middle = PopulationFrame.Cells(scenario, customers.AsSpan(5, 4));
        Assert.Throws<ArgumentException>(() => PopulationFrame.Join(0, 10, [(0, first), (5, middle)], []));
    }
}
