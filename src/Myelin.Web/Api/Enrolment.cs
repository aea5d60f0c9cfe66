using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Studies;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>
/// Enrolment with concealed allocation, for the workspace's screening page and the API alike. A single-arm study gives
/// its one arm. A randomised study's arm is the next place of the allocation stratum's sequence
/// (<see cref="PermutedBlockAllocation"/>), keyed by the study's secret <see cref="AllocationKey"/> (drawn on the first
/// allocation); the participant keeps the stratum and position, which the database holds unique per study, so two
/// concurrent enrolments never share a place. The caller never chooses the arm of a randomised study.
/// </summary>
public static class Enrolment
{
    /// <summary>How many times <see cref="SaveAllocatedAsync"/> tries before giving up: 5.</summary>
    public const int Attempts = 5;

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

    /// <summary>
    /// Enrols a screened participant with <paramref name="stratum"/>: the one arm of a single-arm study, or the arm at the
    /// next free place of the allocation stratum's concealed sequence. Call it inside <see cref="SaveAllocatedAsync"/>.
    /// </summary>
    /// <param name="db">The database, in the transaction <see cref="SaveAllocatedAsync"/> opened.</param>
    /// <param name="protocol">The study's current protocol.</param>
    /// <param name="participant">The screened participant (its etiology set when the protocol stratifies by it).</param>
    /// <param name="stratum">The stratum from <see cref="Stratifier.AtEnrolment"/>.</param>
    /// <param name="enrolledOn">The enrolment date.</param>
    /// <param name="at">Now (UTC).</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    /// <exception cref="DomainRuleException">The participant is not screened.</exception>
    public static async Task EnrolAsync(MyelinDbContext db, Protocol protocol, Participant participant, string? stratum, DateOnly enrolledOn, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(participant);
        if (protocol.Arms.Count == 1)
        {
            participant.Enrol(protocol.Arms[0].Code, stratum, enrolledOn, at);
            return;
        }

        var allocationStratum = AllocationStratumOf(protocol, stratum, participant.Etiology);
        var key = await db.AllocationKeyAsync(protocol.Study.Id, at, cancellationToken).ConfigureAwait(false);
        var position = await db.NextAllocationPositionAsync(protocol.Study.Id, allocationStratum, cancellationToken).ConfigureAwait(false);
        var arm = PermutedBlockAllocation.ArmAt(protocol, key, allocationStratum, position);
        participant.Enrol(new ArmAllocation(arm, allocationStratum, position), stratum, enrolledOn, at);
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> and saves what it changed, in one transaction that holds the writers' lock
    /// (<see cref="MyelinDbContext.LockWritersAsync"/>), so the allocation position it reads stays free until the commit.
    /// Each try starts with an empty change tracker: the attempt loads what it changes. When the save clashes with a unique
    /// index all the same (a place or the key taken by a writer outside the lock, a participant code taken meanwhile),
    /// everything is discarded and the attempt runs again, up to <see cref="Attempts"/> times; then the
    /// <see cref="DbUpdateException"/> is thrown.
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="attempt">Loads, checks and changes; returns false to stop without saving (its own checks failed).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>True when saved, false when the attempt stopped.</returns>
    public static async Task<bool> SaveAllocatedAsync(MyelinDbContext db, Func<CancellationToken, Task<bool>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var tried = 1; ; tried++)
        {
            db.ChangeTracker.Clear();
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await db.LockWritersAsync(cancellationToken).ConfigureAwait(false);
                if (!await attempt(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (DbUpdateException) when (tried < Attempts)
                {
                    // Rolled back when the transaction is disposed; the next try reads what is stored now.
                }
            }
        }
    }

    private static string AllocationStratumOf(Protocol protocol, string? stratum, string? etiology)
    {
        var etiologyStratum = etiology is null
            ? null
            : Stratifier.EtiologyAtEnrolment(protocol, new Dictionary<string, string?> { [protocol.Stratification?.Etiology?.Item ?? string.Empty] = etiology })?.Code;
        return PermutedBlockAllocation.AllocationStratum(protocol, etiologyStratum ?? "unknown", stratum ?? "unknown");
    }
}
