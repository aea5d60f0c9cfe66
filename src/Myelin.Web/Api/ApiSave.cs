using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Records;

namespace Myelin.Web.Api;

/// <summary>
/// Saves an endpoint's changes. A refusal by the records' own rules at save time (a locked form, casebook or study, a
/// missing reason) becomes a 409 naming the rule, and nothing is saved; a clash with a unique record (two requests
/// storing the same event or dose at once) becomes a 409 with the message given for it.
/// </summary>
public static class ApiSave
{
    /// <summary>Saves; returns null on success, or the 409 to answer.</summary>
    /// <param name="db">The context holding the changes.</param>
    /// <param name="duplicate">What a unique-index clash means, for the message.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public static async Task<ConflictProblem?> SaveAsync(MyelinDbContext db, string duplicate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (DomainRuleException e)
        {
            return ApiProblems.Conflict(e.Message);
        }
        catch (DbUpdateException)
        {
            return ApiProblems.Conflict(duplicate);
        }
    }
}
