using Myelin.Domain.Protocols;

namespace Myelin.Domain.Simulation;

/// <summary>
/// Allocates arms by permuted blocks within each stratum (blocks of twice the sum of the allocation ratios),
/// the usual scheme for a small stratified trial; a single-arm study gets its one arm.
/// </summary>
internal sealed class ArmAllocator(Protocol protocol, SimulationRandom random)
{
    private readonly Dictionary<string, Queue<string>> _blocks = new(StringComparer.Ordinal);

    public string? Next(string? stratum)
    {
        if (protocol.Arms.Count == 0) return null;
        if (protocol.Arms.Count == 1) return protocol.Arms[0].Code;
        var key = stratum ?? "";
        if (!_blocks.TryGetValue(key, out var queue) || queue.Count == 0)
        {
            var block = new List<string>();
            for (var copy = 0; copy < 2; copy++)
                foreach (var arm in protocol.Arms)
                    block.AddRange(Enumerable.Repeat(arm.Code, Math.Max(1, arm.AllocationRatio ?? 1)));
            random.Shuffle(block);
            _blocks[key] = queue = new Queue<string>(block);
        }
        return queue.Dequeue();
    }
}
