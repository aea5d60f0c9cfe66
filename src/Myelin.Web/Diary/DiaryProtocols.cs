using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Web.Diary;

/// <summary>
/// The current protocol of a study, parsed once per protocol text (keyed by its content hash), so that diary
/// requests do not read YAML each time. A singleton: a new protocol version has a new hash and is parsed on first use.
/// </summary>
public sealed class DiaryProtocols
{
    private readonly ConcurrentDictionary<string, Protocol> _parsed = new(StringComparer.Ordinal);

    /// <summary>The study's current protocol; null when the study has none that loads.</summary>
    public async Task<Protocol?> CurrentAsync(MyelinDbContext db, string studyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = await db.ProtocolVersions.AsNoTracking().Where(v => v.StudyId == studyId).OrderByDescending(v => v.Number)
            .Select(v => v.ContentHash).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (hash is null)
        {
            return null;
        }

        if (_parsed.TryGetValue(hash, out var cached))
        {
            return cached;
        }

        var version = await db.ProtocolVersions.AsNoTracking().Where(v => v.StudyId == studyId && v.ContentHash == hash)
            .OrderByDescending(v => v.Number).FirstAsync(cancellationToken).ConfigureAwait(false);
        var loaded = ProtocolLoader.Load(version.Yaml, $"{studyId} protocol v{version.Number}");
        return loaded.Succeeded ? _parsed.GetOrAdd(hash, loaded.Protocol!) : null;
    }
}
