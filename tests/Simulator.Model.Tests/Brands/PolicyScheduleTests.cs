using Simulator.Model.Brands;
using Xunit;

namespace Simulator.Model.Tests.Brands;

public class PolicyScheduleTests
{
    [Fact]
    public void A_change_applies_from_its_week_on_and_only_to_its_brand()
    {
        var schedule = new PolicySchedule(
            [BrandPolicy.Default, BrandPolicy.Default],
            [new PolicyChange(52, 0, Lever.ServiceEffort, 0.1), new PolicyChange(10, 0, Lever.ServiceEffort, 0.7)]);

        Assert.Equal(0.5, schedule.PoliciesAt(9)[0].ServiceEffort);
        Assert.Equal(0.7, schedule.PoliciesAt(10)[0].ServiceEffort);
        Assert.Equal(0.7, schedule.PoliciesAt(51)[0].ServiceEffort);
        Assert.Equal(0.1, schedule.PoliciesAt(52)[0].ServiceEffort);
        Assert.Equal(0.5, schedule.PoliciesAt(60)[1].ServiceEffort);
    }

    [Fact]
    public void Changes_in_the_same_week_apply_in_file_order()
    {
        var schedule = new PolicySchedule(
            [BrandPolicy.Default, BrandPolicy.Default],
            [new PolicyChange(5, 1, Lever.Price, 12), new PolicyChange(5, 1, Lever.Price, 15)]);
        Assert.Equal(15, schedule.PoliciesAt(5)[1].Price);
    }

    [Fact]
    public void A_lever_outside_its_range_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BrandPolicy.Default.With(Lever.ServiceEffort, 1.5));
        Assert.Contains("serviceEffort = 1.5 is outside 0 to 1", ex.Message);
    }

    [Fact]
    public void Every_lever_has_a_name_a_description_and_a_source()
    {
        Assert.Equal(Enum.GetValues<Lever>().Length, PolicyLevers.All.Count);
        foreach (var lever in Enum.GetValues<Lever>())
        {
            var spec = PolicyLevers.All[(int)lever];
            Assert.Equal(lever.ToString(), spec.Name, ignoreCase: true);
            Assert.False(string.IsNullOrWhiteSpace(spec.Description));
            Assert.False(string.IsNullOrWhiteSpace(spec.Source));
            Assert.True(spec.Allows(spec.Default));
        }
    }
}
