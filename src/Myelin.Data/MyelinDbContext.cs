using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Myelin.Data.Access;
using Myelin.Data.ChangeLog;
using Myelin.Data.Configurations;
using Myelin.Data.Locking;
using Myelin.Domain.Records;

namespace Myelin.Data;

/// <summary>
/// The study database: studies with their protocol versions and sites, participants and everything recorded about them,
/// and the append-only change log. Saving clinical records (participants, screening values, assessments, item values,
/// doses, adverse events) and the records that govern them (diary links, locks, signatures, grants, tokens) writes one
/// <see cref="ChangeLogEntry"/> per changed property in the same transaction, stamped with <see cref="Actor"/> and the
/// injected clock, into the study's own hash chain. Staff accounts (ASP.NET Core Identity) and the data-protection
/// keys live here too, so that web instances keep no state of their own. Use <see cref="SqliteMyelinDbContext"/> or
/// <see cref="PostgresMyelinDbContext"/>; <see cref="MyelinDatabase.CreateContext"/> picks one.
/// </summary>
public abstract class MyelinDbContext : IdentityDbContext<StaffUser>, IDataProtectionKeyContext
{
    private static readonly HashSet<Type> ClinicalTypes =
    [
        typeof(Participant), typeof(ScreeningValue), typeof(Assessment), typeof(ItemValue), typeof(DoseRecord), typeof(AdverseEvent),
        typeof(DiaryLink), typeof(RecordLock), typeof(Signature), typeof(StudyGrant), typeof(ApiToken), typeof(AllocationKey),
    ];

    private ChangeLogWriter? _writer;

    /// <summary>Creates the context with provider options and the clock that stamps the change log.</summary>
    protected MyelinDbContext(DbContextOptions options, TimeProvider clock) : base(options)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    private ChangeLogWriter Writer => _writer ??= new ChangeLogWriter(this);

    /// <summary>The clock that stamps change-log rows.</summary>
    public TimeProvider Clock { get; }

    /// <summary>
    /// Who is making the changes saved next, and why; required before saving any change to a clinical record, and its
    /// <see cref="ChangeActor.Reason"/> is required when a record saved before is changed or removed.
    /// It stays set until changed, so one actor may cover several saves.
    /// </summary>
    public ChangeActor? Actor { get; set; }

    /// <summary>Studies with their protocol versions and sites.</summary>
    public DbSet<Study> Studies => Set<Study>();

    /// <summary>Protocol versions of all studies.</summary>
    public DbSet<ProtocolVersion> ProtocolVersions => Set<ProtocolVersion>();

    /// <summary>Sites of all studies.</summary>
    public DbSet<Site> Sites => Set<Site>();

    /// <summary>Participants of all studies.</summary>
    public DbSet<Participant> Participants => Set<Participant>();

    /// <summary>Screening values.</summary>
    public DbSet<ScreeningValue> ScreeningValues => Set<ScreeningValue>();

    /// <summary>Assessments.</summary>
    public DbSet<Assessment> Assessments => Set<Assessment>();

    /// <summary>Item values of assessments.</summary>
    public DbSet<ItemValue> ItemValues => Set<ItemValue>();

    /// <summary>Dose records.</summary>
    public DbSet<DoseRecord> DoseRecords => Set<DoseRecord>();

    /// <summary>Adverse events.</summary>
    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();

    /// <summary>Per-study roles of staff users.</summary>
    public DbSet<StudyGrant> StudyGrants => Set<StudyGrant>();

    /// <summary>Personal access tokens (hashed).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Participants' diary links (hashed).</summary>
    public DbSet<DiaryLink> DiaryLinks => Set<DiaryLink>();

    /// <summary>Client ids of stored diary submissions, so a retry never stores twice.</summary>
    public DbSet<DiarySubmission> DiarySubmissions => Set<DiarySubmission>();

    /// <summary>
    /// The studies' secret allocation keys (<see cref="AllocationKey"/>): read only to allocate an arm; no page, API or
    /// export reads them, and the change log records their creation without the key.
    /// </summary>
    public DbSet<AllocationKey> AllocationKeys => Set<AllocationKey>();

    /// <summary>Locks on studies, casebooks and forms.</summary>
    public DbSet<RecordLock> RecordLocks => Set<RecordLock>();

    /// <summary>Casebook signatures.</summary>
    public DbSet<Signature> Signatures => Set<Signature>();

    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery), shared by every web instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The change log: read it, never add, change or remove rows yourself.</summary>
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    /// <summary>
    /// Saves, writing the change log in the same transaction (its own, or the caller's open one).
    /// After a failure nothing is in the database and the tracked changes are still pending.
    /// </summary>
    /// <exception cref="InvalidOperationException">A change-log row is changed, removed or added through the context, or clinical records change while <see cref="Actor"/> is null.</exception>
    /// <exception cref="ReasonRequiredException">A record saved before is changed or removed and <see cref="ChangeActor.Reason"/> is empty.</exception>
    /// <exception cref="RecordLockedException">Clinical data covered by an active <see cref="RecordLock"/> would change.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = PrepareChangeLog();
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
        LockChangeLog();
        LockGuard.Refuse(this, pending);
        var rows = LogRows(pending);
        foreach (var study in rows.Select(r => r.StudyId).Distinct(StringComparer.Ordinal))
        {
            var last = ChangeLog.AsNoTracking().Where(e => e.StudyId == study).OrderByDescending(e => e.Sequence)
                .Select(e => new ChainEnd(e.Sequence, e.Hash)).FirstOrDefault();
            Seal(rows, study, last);
        }

        Writer.Write(this, rows);
        transaction?.Commit();
        AcceptIf(acceptAllChangesOnSuccess);
        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = PrepareChangeLog();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken).ConfigureAwait(false);
            await LockChangeLogAsync(cancellationToken).ConfigureAwait(false);
            await LockGuard.RefuseAsync(this, pending, cancellationToken).ConfigureAwait(false);
            var rows = LogRows(pending);
            foreach (var study in rows.Select(r => r.StudyId).Distinct(StringComparer.Ordinal))
            {
                var last = await ChangeLog.AsNoTracking().Where(e => e.StudyId == study).OrderByDescending(e => e.Sequence)
                    .Select(e => new ChainEnd(e.Sequence, e.Hash)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                Seal(rows, study, last);
            }

            await Writer.WriteAsync(this, rows, cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            AcceptIf(acceptAllChangesOnSuccess);
            return saved;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Takes, inside the caller's open transaction, the lock every save takes before it appends to the change log, so
    /// that what the caller reads next (e.g. the next allocation position) stays true until it commits. On SQLite the
    /// transaction already holds the write lock (Microsoft.Data.Sqlite begins IMMEDIATE); on PostgreSQL this takes the
    /// change log's advisory lock, which the save then holds again.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public Task LockWritersAsync(CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("LockWritersAsync needs an open transaction (Database.BeginTransactionAsync); the lock ends with it.");
        }

        return LockChangeLogAsync(cancellationToken);
    }

    /// <summary>
    /// Serialises change-log writers for the rest of the transaction, so that each reads the chain's last hash
    /// and appends to it before the next. Nothing by default: SQLite transactions already hold the write lock.
    /// </summary>
    private protected virtual void LockChangeLog()
    {
    }

    /// <inheritdoc cref="LockChangeLog"/>
    private protected virtual Task LockChangeLogAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies each entity mapping explicitly (no assembly scanning).</summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new StudyConfiguration());
        builder.ApplyConfiguration(new ProtocolVersionConfiguration());
        builder.ApplyConfiguration(new SiteConfiguration());
        builder.ApplyConfiguration(new ParticipantConfiguration());
        builder.ApplyConfiguration(new ScreeningValueConfiguration());
        builder.ApplyConfiguration(new AssessmentConfiguration());
        builder.ApplyConfiguration(new ItemValueConfiguration());
        builder.ApplyConfiguration(new DoseRecordConfiguration());
        builder.ApplyConfiguration(new AdverseEventConfiguration());
        builder.ApplyConfiguration(new ChangeLogEntryConfiguration());
        builder.ApplyConfiguration(new StudyGrantConfiguration());
        builder.ApplyConfiguration(new ApiTokenConfiguration());
        builder.ApplyConfiguration(new DiaryLinkConfiguration());
        builder.ApplyConfiguration(new DiarySubmissionConfiguration());
        builder.ApplyConfiguration(new RecordLockConfiguration());
        builder.ApplyConfiguration(new SignatureConfiguration());
        builder.ApplyConfiguration(new AllocationKeyConfiguration());
    }

    private List<PendingChange> PrepareChangeLog()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<ChangeLogEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"The change log is append-only: row {entry.Entity.Id} ({entry.Entity.Entity} {entry.Entity.EntityKey}.{entry.Entity.Field}) cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}.");
            }

            if (entry.State == EntityState.Added)
            {
                throw new InvalidOperationException("The change log is written only by saving clinical records; a row cannot be added by hand.");
            }
        }

        var pending = ChangeTracker.Entries()
            .Where(e => ClinicalTypes.Contains(e.Metadata.ClrType))
            .Select(e => PendingChange.Capture(e, StudyOf))
            .OfType<PendingChange>()
            .ToList();
        if (pending.Count > 0 && Actor is null)
        {
            throw new InvalidOperationException(
                "Clinical records changed but no one is named for the change log: set MyelinDbContext.Actor (e.g. new ChangeActor(\"alice\", ChangeChannel.Cli)) before saving.");
        }

        if (string.IsNullOrWhiteSpace(Actor?.Reason) && pending.Find(p => p.ChangesSavedData) is { } correction)
        {
            throw new ReasonRequiredException(
                $"{correction.Describe()} was saved before, so {(correction.Kind == ChangeKind.Deleted ? "removing" : "changing")} it needs a reason: "
                + "give one (e.g. \"transcription error\"); a workflow step names itself (e.g. \"enrolment\", \"withdrawal: moved away\"). Nothing was saved.");
        }

        return pending;
    }

    private List<ChangeLogEntry> LogRows(List<PendingChange> pending)
    {
        var at = UtcInstant.Require(Clock.GetUtcNow().ToUniversalTime(), "change-log time");
        return [.. pending.SelectMany(p => p.ToEntries(at, Actor!))];
    }

    private static void Seal(List<ChangeLogEntry> rows, string study, ChainEnd? last)
    {
        var previous = last?.Hash ?? string.Empty;
        var sequence = last?.Sequence ?? 0;
        foreach (var row in rows.Where(r => r.StudyId == study))
        {
            row.Seal(++sequence, previous);
            previous = row.Hash;
        }
    }

    // The study whose chain a change joins; a record not loaded with its parent is looked up (tracked first).
    private string StudyOf(EntityEntry entry) => entry.Entity switch
    {
        Participant p => p.StudyId,
        Assessment a => ParticipantStudy(a.ParticipantId, a.Participant),
        ItemValue v => AssessmentStudy(v.AssessmentId, v.Assessment),
        ScreeningValue v => ParticipantStudy(v.ParticipantId, v.Participant),
        DoseRecord d => ParticipantStudy(d.ParticipantId, d.Participant),
        AdverseEvent e => ParticipantStudy(e.ParticipantId, e.Participant),
        DiaryLink l => l.StudyId,
        RecordLock l => l.StudyId,
        Signature s => s.StudyId,
        StudyGrant g => g.StudyId,
        ApiToken t => t.StudyId,
        AllocationKey k => k.StudyId,
        _ => throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} is logged but has no study."),
    };

    private string ParticipantStudy(long participantId, Participant? loaded) =>
        (loaded ?? Participants.Find(participantId))?.StudyId
        ?? throw new InvalidOperationException($"participant {participantId} does not exist; the change cannot be logged.");

    private string AssessmentStudy(long assessmentId, Assessment? loaded)
    {
        var assessment = loaded ?? Assessments.Find(assessmentId)
            ?? throw new InvalidOperationException($"assessment {assessmentId} does not exist; the change cannot be logged.");
        return ParticipantStudy(assessment.ParticipantId, assessment.Participant);
    }

    private sealed record ChainEnd(long Sequence, string Hash);

    private void AcceptIf(bool acceptAllChangesOnSuccess)
    {
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }
}
