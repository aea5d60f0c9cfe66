namespace Myelin.Web.Access;

/// <summary>Everything a page or endpoint may do in a study; <see cref="RolePermissions"/> says which role has which.</summary>
public enum StudyAction
{
    /// <summary>See the study in the list, its dashboard and its protocol.</summary>
    ViewStudy,

    /// <summary>See participants (at the granted sites), their schedules and forms.</summary>
    ViewParticipants,

    /// <summary>Screen and enrol participants, withdraw them, choose their diary language.</summary>
    EnrolParticipants,

    /// <summary>Enter and correct clinic forms: labs, adverse events, doses, assessments.</summary>
    EnterData,

    /// <summary>Issue and revoke participants' diary links.</summary>
    ManageDiaryLinks,

    /// <summary>Lock forms, casebooks or the study.</summary>
    Lock,

    /// <summary>Unlock them again, with a reason.</summary>
    Unlock,

    /// <summary>Sign a participant's casebook.</summary>
    Sign,

    /// <summary>Read the audit trail and record histories.</summary>
    ViewAudit,

    /// <summary>Read the analysis and the report.</summary>
    ViewAnalysis,

    /// <summary>
    /// See the arm of each participant, and results by arm, in a double-blind study (the unblinded role; everyone sees arms
    /// in an open or single-blind study). See <see cref="ArmBlinding"/>.
    /// </summary>
    ViewAllocation,

    /// <summary>Export the long CSV with participant codes and real dates.</summary>
    ExportIdentified,

    /// <summary>Export the de-identified long CSV (codes replaced, dates shifted per participant).</summary>
    ExportDeidentified,

    /// <summary>Manage the study's staff grants and tokens.</summary>
    ManageStudy,
}
