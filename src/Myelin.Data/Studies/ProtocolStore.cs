using Myelin.Data.Queries;
using Protocol = Myelin.Domain.Protocols.Protocol;
using Myelin.Domain.Records;

namespace Myelin.Data.Studies;

/// <summary>Stores a validated protocol as a study: the command line, the web platform and the tests all go through here.</summary>
public static class ProtocolStore
{
    /// <summary>
    /// Creates the study (or retitles it), adds or renames its sites, and adds a protocol version when the content changed.
    /// The caller sets <see cref="MyelinDbContext.Actor"/>.
    /// </summary>
    /// <returns>The study, its current protocol version, and whether the study is new.</returns>
    public static async Task<(Study Study, ProtocolVersion Version, bool Created)> SaveProtocolAsync(
        this MyelinDbContext db, Protocol protocol, string yaml, string user, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(protocol);
        var study = await db.Studies.FindWithProtocolsAndSitesAsync(protocol.Study.Id, cancellationToken).ConfigureAwait(false);
        var created = study is null;
        if (study is null)
        {
            study = Study.Create(protocol.Study.Id, protocol.Study.Title, at);
            db.Studies.Add(study);
        }
        else
        {
            study.Retitle(protocol.Study.Title);
        }

        foreach (var site in protocol.Study.Sites)
        {
            study.AddOrRenameSite(site.Id, site.Name);
        }

        var version = study.AddProtocolVersion(yaml, user, at);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (study, version, created);
    }
}
