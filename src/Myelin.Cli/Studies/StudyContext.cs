using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Cli.Studies;

/// <summary>A stored study with the protocol of its current version, loaded for a verb.</summary>
internal sealed record StudyContext(Domain.Records.Study Study, Protocol Protocol)
{
    public static async Task<StudyContext> LoadAsync(MyelinDbContext db, string studyId, CancellationToken ct)
    {
        var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId, ct).ConfigureAwait(false);
        if (study is null)
        {
            var known = await db.Studies.Select(s => s.Id).OrderBy(s => s).ToListAsync(ct).ConfigureAwait(false);
            throw new UsageException($"--study: there is no study '{studyId}'; " + (known.Count == 0
                ? "none exists yet: create one with 'myelin study create --protocol FILE'"
                : "known: " + string.Join(", ", known)));
        }
        var version = study.CurrentProtocol ?? throw new InvalidOperationException($"study '{studyId}' has no protocol version");
        var result = ProtocolLoader.Load(version.Yaml, $"{studyId} protocol v{version.Number}");
        return result.Succeeded
            ? new StudyContext(study, result.Protocol!)
            : throw new InvalidOperationException($"the stored protocol of '{studyId}' no longer loads: {result.Errors[0]}");
    }

    /// <summary>The same study for the code shared with the web platform.</summary>
    public Web.Studies.StoredStudy AsStored() => new(Study, Protocol);

    public async Task<Participant> ParticipantAsync(MyelinDbContext db, string code, CancellationToken ct) =>
        await db.Participants.FindByCodeAsync(Study.Id, code, ct).ConfigureAwait(false)
        ?? throw new UsageException($"--participant: '{code}' is not a participant of study '{Study.Id}'; add it first with 'myelin participant add'");
}
