using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class PermutedBlockAllocationTests
{
    [Fact]
    public void Every_block_of_a_one_to_one_pilot_holds_each_arm_twice()
    {
        var protocol = Samples.RctPilot;
        Assert.Equal(4, PermutedBlockAllocation.BlockSize(protocol));
        for (var block = 0; block < 25; block++)
        {
            var arms = Enumerable.Range(block * 4, 4).Select(n => PermutedBlockAllocation.ArmAt(protocol, "dm", n)).ToList();
            Assert.Equal(2, arms.Count(a => a == "mk7"));
            Assert.Equal(2, arms.Count(a => a == "placebo"));
        }
    }

    [Fact]
    public void The_sequence_is_reproducible_and_differs_between_strata()
    {
        var protocol = Samples.RctPilot;
        var dm = Enumerable.Range(0, 40).Select(n => PermutedBlockAllocation.ArmAt(protocol, "dm", n)).ToList();
        var again = Enumerable.Range(0, 40).Select(n => PermutedBlockAllocation.ArmAt(protocol, "dm", n)).ToList();
        var b12 = Enumerable.Range(0, 40).Select(n => PermutedBlockAllocation.ArmAt(protocol, "b12d", n)).ToList();
        Assert.Equal(dm, again);
        Assert.NotEqual(dm, b12);
    }

    [Fact]
    public void The_pilot_balances_within_the_etiology_stratum_and_a_single_arm_study_gets_its_arm()
    {
        Assert.Equal("dm", PermutedBlockAllocation.AllocationStratum(Samples.RctPilot, "dm", "severe"));
        Assert.Equal("mk7", PermutedBlockAllocation.ArmAt(Samples.Preliminary, "b12", 7));
    }
}
