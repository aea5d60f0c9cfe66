using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Domain.Tests.Protocols;

public class PermutedBlockAllocationTests
{
    private static readonly byte[] CountingKey = [.. Enumerable.Range(0, AllocationKey.Length).Select(i => (byte)i)];

    private static byte[] Key(int seed)
    {
        var key = new byte[AllocationKey.Length];
        new Random(seed).NextBytes(key);
        return key;
    }

    private static List<string> Sequence(byte[] key, string stratum, int count) =>
        [.. Enumerable.Range(0, count).Select(n => PermutedBlockAllocation.ArmAt(Samples.RctPilot, key, stratum, n))];

    [Fact]
    public void Every_block_of_a_one_to_one_pilot_is_balanced_and_both_block_lengths_occur()
    {
        var protocol = Samples.RctPilot;
        Assert.Equal([2, 4], PermutedBlockAllocation.BlockSizes(protocol));
        var lengths = new List<int>();
        foreach (var key in Enumerable.Range(1, 5).Select(Key))
        {
            for (var b = 0; b < 40; b++)
            {
                var block = PermutedBlockAllocation.Block(protocol, key, "dm", b);
                lengths.Add(block.Count);
                Assert.Contains(block.Count, PermutedBlockAllocation.BlockSizes(protocol));
                Assert.Equal(block.Count / 2, block.Count(a => a == "mk7"));
                Assert.Equal(block.Count / 2, block.Count(a => a == "placebo"));
            }
        }

        // Both lengths are drawn, about equally often (200 fair draws: each between 70 and 130 with overwhelming probability).
        Assert.InRange(lengths.Count(l => l == 2), 70, 130);
        Assert.InRange(lengths.Count(l => l == 4), 70, 130);
    }

    [Fact]
    public void The_sequence_is_the_blocks_one_after_another_and_balanced_at_every_block_end()
    {
        var key = Key(7);
        var blocks = new List<string>();
        for (var b = 0; blocks.Count < 60; b++)
        {
            blocks.AddRange(PermutedBlockAllocation.Block(Samples.RctPilot, key, "dm", b));
            Assert.Equal(blocks.Count(a => a == "mk7"), blocks.Count(a => a == "placebo"));
        }

        Assert.Equal(blocks.Take(60), Sequence(key, "dm", 60));
    }

    [Fact]
    public void The_same_key_gives_the_same_sequence_and_another_key_or_stratum_another()
    {
        var key = Key(11);
        var dm = Sequence(key, "dm", 40);

        Assert.Equal(dm, Sequence([.. key], "dm", 40));
        Assert.NotEqual(dm, Sequence(Key(12), "dm", 40));
        Assert.NotEqual(dm, Sequence(key, "b12d", 40));
        var flipped = (byte[])key.Clone();
        flipped[31] ^= 1;
        Assert.NotEqual(dm, Sequence(flipped, "dm", 40));
    }

    [Fact]
    public void The_seed_is_hmac_sha256_of_stratum_and_block_under_the_key_as_documented()
    {
        // Expected values from Python's hmac module: hmac.new(bytes(range(32)), b"dm|0", sha256), first 4 bytes little-endian, sign bit cleared.
        Assert.Equal(1201399420, PermutedBlockAllocation.Seed(CountingKey, "dm", 0));
        Assert.Equal(1959265415, PermutedBlockAllocation.Seed(CountingKey, "dm", 1));
        Assert.Equal(9359467, PermutedBlockAllocation.Seed(CountingKey, "all", 0));
    }

    [Fact]
    public void A_key_of_the_wrong_length_or_a_negative_position_is_refused()
    {
        var shortKey = new byte[16];
        Assert.Throws<ArgumentException>(() => PermutedBlockAllocation.ArmAt(Samples.RctPilot, shortKey, "dm", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutedBlockAllocation.ArmAt(Samples.RctPilot, CountingKey, "dm", -1));
    }

    [Fact]
    public void The_pilot_balances_within_the_etiology_stratum_and_a_single_arm_study_gets_its_arm()
    {
        Assert.Equal("dm", PermutedBlockAllocation.AllocationStratum(Samples.RctPilot, "dm", "severe"));
        Assert.Equal("mk7", PermutedBlockAllocation.ArmAt(Samples.Preliminary, CountingKey, "b12", 7));
    }

    [Fact]
    public void A_new_allocation_key_is_32_random_bytes()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var one = AllocationKey.Create("k2-7-pilot", at);
        var two = AllocationKey.Create("k2-7-pilot", at);

        Assert.Equal(AllocationKey.Length, one.Key.Length);
        Assert.NotEqual(one.Key, two.Key);
        Assert.Throws<DomainRuleException>(() => AllocationKey.Create("bad id!", at));
    }
}
