using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Who is changing clinical records through a <see cref="MyelinDbContext"/>, by which channel and why.
/// Set it on <see cref="MyelinDbContext.Actor"/> before saving; every change-log row written by that save carries it.
/// </summary>
/// <remarks>
/// <para>
/// The reason rule (ICH E6 GCP, 21 CFR 11.10(e)): adding a record needs no reason, but any save that changes or removes
/// a record saved before (a correction, a deletion, and every workflow step that changes a stored record) must carry a
/// non-empty <paramref name="Reason"/>, or the save throws <see cref="ReasonRequiredException"/> naming the record
/// and fields, and nothing is saved.
/// </para>
/// <para>
/// Corrections take the reason the user typed (e.g. <c>"transcription error"</c>). Workflow steps supply their own:
/// <c>"enrolment"</c>, <c>"withdrawal: &lt;the withdrawal reason&gt;"</c>, <c>"completion"</c>, <c>"diary link revoked"</c>,
/// <c>"token revoked"</c>, <c>"screening value recorded"</c>, <c>"import of &lt;file&gt;"</c>; lock operations in
/// <see cref="Locking.LockOperations"/> set the unlock reason themselves. Prefer <c>db.Actor = actor with { Reason = … }</c>
/// for the one save, so a later save does not inherit the reason.
/// </para>
/// </remarks>
/// <param name="User">A user name, <c>diary:&lt;participant&gt;</c>, <c>import:&lt;file&gt;</c> or <c>token:&lt;id&gt;:&lt;user&gt;</c> (see <see cref="EnteredBy"/>).</param>
/// <param name="Channel">How the change arrives.</param>
/// <param name="Reason">Why: the reason for a correction, or the workflow step; null only when every change is an addition.</param>
public sealed record ChangeActor(string User, ChangeChannel Channel, string? Reason = null);
