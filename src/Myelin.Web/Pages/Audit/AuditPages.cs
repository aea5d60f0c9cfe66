using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Studies;

namespace Myelin.Web.Pages.Audit;

/// <summary>What the audit pages share: the participant as the signed-in user's scope reaches it, its history as they may read it, and its URLs.</summary>
public static class AuditPages
{
    /// <summary>The participant with this code, when the principal's scope in the study reaches its site; else null (answer 404).</summary>
    public static async Task<Participant?> FindParticipantAsync(MyelinDbContext db, StudyAccess access, string studyId, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (await access.ScopeAsync(studyId, cancellationToken).ConfigureAwait(false) is not { } scope)
        {
            return null;
        }

        return await db.Participants.VisibleIn(scope).FirstOrDefaultAsync(p => p.Code == code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The participant's record history as this user may read it: every change-log row of the casebook, in chain order,
    /// with the arm masked in a double-blind study for a user without the unblinded role (<see cref="ArmBlinding"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ChangeLogEntry>> VisibleHistoryAsync(MyelinDbContext db, StudyAccess access, Participant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(participant);
        var rows = await db.ParticipantHistoryAsync(participant.StudyId, participant.Id, cancellationToken).ConfigureAwait(false);
        var scope = await access.ScopeAsync(participant.StudyId, cancellationToken).ConfigureAwait(false);
        var stored = await StoredStudy.LoadAsync(db, participant.StudyId, cancellationToken).ConfigureAwait(false);
        return ArmBlinding.Show(rows, scope is null || stored is null || ArmBlinding.Hides(stored.Protocol, scope));
    }

    /// <summary>The participant's page, <c>/studies/{studyId}/participants/{code}</c>.</summary>
    public static string ParticipantUrl(string studyId, string code) => $"/studies/{Uri.EscapeDataString(studyId)}/participants/{Uri.EscapeDataString(code)}";
}
