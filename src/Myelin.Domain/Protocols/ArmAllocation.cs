namespace Myelin.Domain.Protocols;

/// <summary>
/// One place in a study's concealed allocation sequence (<see cref="PermutedBlockAllocation"/>): the arm at
/// <paramref name="Position"/> of the sequence of <paramref name="Stratum"/>.
/// </summary>
/// <param name="Arm">The arm code.</param>
/// <param name="Stratum">The allocation stratum (see <see cref="PermutedBlockAllocation.AllocationStratum"/>).</param>
/// <param name="Position">The position in the stratum's sequence, 0 for the first participant allocated in it.</param>
public sealed record ArmAllocation(string Arm, string Stratum, int Position);
