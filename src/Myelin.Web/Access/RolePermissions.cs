using Myelin.Domain.Records;

namespace Myelin.Web.Access;

/// <summary>
/// The one table of who may do what in a study (issue 6: access control in one place). Site scoping is applied
/// separately: a grant at one site shows only that site's participants.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<StudyRole, HashSet<StudyAction>> Table = new()
    {
        [StudyRole.Administrator] = [.. Enum.GetValues<StudyAction>()],
        [StudyRole.Investigator] =
        [
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.EnrolParticipants, StudyAction.EnterData,
            StudyAction.ManageDiaryLinks, StudyAction.Lock, StudyAction.Unlock, StudyAction.Sign, StudyAction.ViewAudit,
            StudyAction.ViewAnalysis, StudyAction.ExportIdentified,
        ],
        [StudyRole.Coordinator] =
        [
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.EnrolParticipants, StudyAction.EnterData,
            StudyAction.ManageDiaryLinks, StudyAction.Lock,
        ],
        [StudyRole.Monitor] =
        [
            StudyAction.ViewStudy, StudyAction.ViewParticipants, StudyAction.ViewAudit, StudyAction.ViewAnalysis,
        ],
        [StudyRole.Statistician] =
        [
            StudyAction.ViewStudy, StudyAction.ViewAnalysis, StudyAction.ViewAllocation, StudyAction.ExportDeidentified,
        ],
    };

    /// <summary>True when the role has the permission.</summary>
    public static bool Allows(StudyRole role, StudyAction permission) => Table[role].Contains(permission);
}
