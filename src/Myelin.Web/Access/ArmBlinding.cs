using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Access;

/// <summary>
/// Blinding in one place. In a double-blind randomised study only a role with <see cref="StudyAction.ViewAllocation"/>
/// (the unblinded statistician, the administrator) sees a participant's arm or any result by arm; for everyone else
/// pages, the API, the identified export and the audit history show <see cref="Masked"/> where the arm would be, and
/// the analysis by arm is withheld (ICH E9 §2.3.2: keep the blind until the database is locked). In an open or
/// single-blind study (single-blind hides the arm from participants only) every role that sees participants sees arms.
/// </summary>
public static class ArmBlinding
{
    /// <summary>What is shown instead of an arm to a blinded user.</summary>
    public const string Masked = "blinded";

    /// <summary>True when the protocol blinds the investigators to the arm (randomised, double-blind).</summary>
    public static bool IsDoubleBlind(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return protocol.Study.Design.IsRandomised && protocol.Study.Design.Blinding == Blinding.DoubleBlind;
    }

    /// <summary>True when this user must not see arms in this study.</summary>
    public static bool Hides(Protocol protocol, StudyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return IsDoubleBlind(protocol) && !scope.Can(StudyAction.ViewAllocation);
    }

    /// <summary>The arm as this user may see it: the arm, or <see cref="Masked"/> once allocated when hidden.</summary>
    public static string? Show(string? arm, bool hidden) => hidden && arm is not null ? Masked : arm;

    /// <summary>The history rows as this user may see them: the old and new values of a participant's arm masked when hidden.</summary>
    public static IReadOnlyList<ChangeLogEntry> Show(IReadOnlyList<ChangeLogEntry> rows, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return hidden
            ? [.. rows.Select(r => r.Entity == nameof(Participant) && r.Field == nameof(Participant.Arm) ? r.WithValuesMasked(Masked) : r)]
            : rows;
    }

    /// <summary>The explanation shown where results by arm are withheld.</summary>
    public static string WithheldMessage(string studyId) =>
        $"Study '{studyId}' is double-blind: results by arm are shown only to roles that may see the allocation (the unblinded statistician and the administrator). Ask the study administrator for unblinded access once the database is locked.";
}
