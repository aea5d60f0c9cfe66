using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>
/// The arm an API enrolment records. A single-arm study has its one arm. A randomised study's arm comes from the
/// seeded permuted-block sequence (<see cref="PermutedBlockAllocation"/>), by the same rule as the workspace's
/// screening page: the n-th participant allocated in an allocation stratum, counted over every site, gets
/// <see cref="PermutedBlockAllocation.ArmAt"/>(n). The caller never chooses the arm of a randomised study.
/// </summary>
public static class Enrolment
{
    /// <summary>Checks the arm the caller sent: none, or the one arm of a single-arm study.</summary>
    public static void CheckRequestedArm(Protocol protocol, string? requested, ApiErrors errors)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(errors);
        if (requested is null)
        {
            return;
        }

        if (protocol.Study.Design.IsRandomised)
        {
            errors.Add("arm", $"study '{protocol.Study.Id}' is randomised: the arm comes from the concealed allocation sequence; leave it out.");
        }
        else if (requested != protocol.Arms[0].Code)
        {
            errors.Add("arm", $"'{ApiForms.Shorten(requested)}' is not the arm of this single-arm study; allowed: {protocol.Arms[0].Code} (or leave it out).");
        }
    }

    /// <summary>The arm for a participant about to be enrolled with <paramref name="stratum"/>.</summary>
    public static async Task<string> AllocateAsync(MyelinDbContext db, Protocol protocol, Participant participant, string? stratum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(participant);
        if (protocol.Arms.Count == 1)
        {
            return protocol.Arms[0].Code;
        }

        var allocationStratum = AllocationStratumOf(protocol, stratum, participant.Etiology);
        var allocated = await db.Participants.AsNoTracking()
            .Where(p => p.StudyId == protocol.Study.Id && p.Arm != null)
            .Select(p => new { p.Stratum, p.Etiology })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var position = allocated.Count(p => AllocationStratumOf(protocol, p.Stratum, p.Etiology) == allocationStratum);
        return PermutedBlockAllocation.ArmAt(protocol, allocationStratum, position);
    }

    private static string AllocationStratumOf(Protocol protocol, string? stratum, string? etiology)
    {
        var etiologyStratum = etiology is null
            ? null
            : Stratifier.EtiologyAtEnrolment(protocol, new Dictionary<string, string?> { [protocol.Stratification?.Etiology?.Item ?? string.Empty] = etiology })?.Code;
        return PermutedBlockAllocation.AllocationStratum(protocol, etiologyStratum ?? "unknown", stratum ?? "unknown");
    }
}
