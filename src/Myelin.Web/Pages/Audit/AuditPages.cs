using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Pages.Audit;

/// <summary>What the audit pages share: the participant as the signed-in user's scope reaches it, and its URLs.</summary>
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

    /// <summary>The participant's page, <c>/studies/{studyId}/participants/{code}</c>.</summary>
    public static string ParticipantUrl(string studyId, string code) => $"/studies/{Uri.EscapeDataString(studyId)}/participants/{Uri.EscapeDataString(code)}";
}
