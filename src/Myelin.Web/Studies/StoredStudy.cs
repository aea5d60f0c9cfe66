using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;

namespace Myelin.Web.Studies;

/// <summary>A study as stored, with its current protocol loaded: what pages, endpoints and batch verbs work from.</summary>
/// <param name="Study">The stored study with its protocol versions and sites.</param>
/// <param name="Protocol">Its current protocol.</param>
public sealed record StoredStudy(Domain.Records.Study Study, Protocol Protocol)
{
    /// <summary>The event id under which screening values travel in the long CSV.</summary>
    public const string ScreeningEvent = "screening";

    /// <summary>Loads a study and parses its current protocol; null when there is no such study.</summary>
    /// <exception cref="InvalidOperationException">The stored protocol no longer loads (the database was changed outside Myelin).</exception>
    public static async Task<StoredStudy?> LoadAsync(MyelinDbContext db, string studyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId, cancellationToken).ConfigureAwait(false);
        if (study is null)
        {
            return null;
        }

        var version = study.CurrentProtocol ?? throw new InvalidOperationException($"study '{studyId}' has no protocol version");
        var result = ProtocolLoader.Load(version.Yaml, $"{studyId} protocol v{version.Number}");
        return result.Succeeded
            ? new StoredStudy(study, result.Protocol!)
            : throw new InvalidOperationException($"the stored protocol of '{studyId}' no longer loads: {result.Errors[0]}");
    }
}
