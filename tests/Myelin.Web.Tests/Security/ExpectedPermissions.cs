using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// What each study role may do, written out by hand from the issue and the roles' jobs — not read from
/// <see cref="RolePermissions"/>, so that a change there must be made here too, on purpose.
/// </summary>
internal static class ExpectedPermissions
{
    public static readonly IReadOnlyDictionary<StudyRole, IReadOnlySet<StudyAction>> Table = new Dictionary<StudyRole, IReadOnlySet<StudyAction>>
    {
        // Runs the study: everything.
        [StudyRole.Administrator] = new HashSet<StudyAction>
        {
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.EnrolParticipants, StudyAction.EnterData,
            StudyAction.ManageDiaryLinks, StudyAction.Lock, StudyAction.Unlock, StudyAction.Sign, StudyAction.ViewAudit,
            StudyAction.ViewAnalysis, StudyAction.ViewAllocation, StudyAction.ExportIdentified, StudyAction.ExportDeidentified,
            StudyAction.ManageStudy,
        },

        // Responsible for the participants: enters, locks, unlocks and signs; may export identified data; does not manage staff.
        [StudyRole.Investigator] = new HashSet<StudyAction>
        {
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.EnrolParticipants, StudyAction.EnterData,
            StudyAction.ManageDiaryLinks, StudyAction.Lock, StudyAction.Unlock, StudyAction.Sign, StudyAction.ViewAudit,
            StudyAction.ViewAnalysis, StudyAction.ExportIdentified,
        },

        // Does the day-to-day work: screens, enrols, enters, issues diary links and locks forms; never unlocks or signs.
        [StudyRole.Coordinator] = new HashSet<StudyAction>
        {
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.EnrolParticipants, StudyAction.EnterData,
            StudyAction.ManageDiaryLinks, StudyAction.Lock,
        },

        // Verifies: reads participants, the audit trail and the analysis; changes nothing.
        [StudyRole.Monitor] = new HashSet<StudyAction>
        {
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.ViewAudit, StudyAction.ViewAnalysis,
        },

        // Analyses: the study, the analysis and the de-identified export only; never a participant's record.
        [StudyRole.Statistician] = new HashSet<StudyAction>
        {
            StudyAction.ViewStudy, StudyAction.ViewAnalysis, StudyAction.ViewAllocation, StudyAction.ExportDeidentified,
        },
    };
}
