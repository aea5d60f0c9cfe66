using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Who is changing clinical records through a <see cref="MyelinDbContext"/>, by which channel and why.
/// Set it on <see cref="MyelinDbContext.Actor"/> before saving; every change-log row written by that save carries it.
/// </summary>
/// <param name="User">A user name, <c>diary:&lt;participant&gt;</c> or <c>import:&lt;file&gt;</c> (see <see cref="EnteredBy"/>).</param>
/// <param name="Channel">How the change arrives.</param>
/// <param name="Reason">Why, e.g. the reason for a correction; null when none is given.</param>
public sealed record ChangeActor(string User, ChangeChannel Channel, string? Reason = null);
