using Microsoft.EntityFrameworkCore;
using Myelin.Data.ChangeLog;
using Myelin.Data.Configurations;
using Myelin.Domain.Records;

namespace Myelin.Data;

/// <summary>
/// The study database: studies with their protocol versions and sites, participants and everything recorded about them,
/// and the append-only change log. Saving clinical records (participants, screening values, assessments, item values,
/// doses, adverse events) writes one <see cref="ChangeLogEntry"/> per changed property in the same transaction,
/// stamped with <see cref="Actor"/> and the injected clock. Use <see cref="SqliteMyelinDbContext"/> or
/// <see cref="PostgresMyelinDbContext"/>; <see cref="MyelinDatabase.CreateContext"/> picks one.
/// </summary>
public abstract class MyelinDbContext : DbContext
{
    private static readonly HashSet<Type> ClinicalTypes =
    [
        typeof(Participant), typeof(ScreeningValue), typeof(Assessment), typeof(ItemValue), typeof(DoseRecord), typeof(AdverseEvent),
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
    /// Who is making the changes saved next; required before saving any change to a clinical record.
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

    /// <summary>The change log: read it, never add, change or remove rows yourself.</summary>
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    /// <summary>
    /// Saves, writing the change log in the same transaction (its own, or the caller's open one).
    /// After a failure nothing is in the database and the tracked changes are still pending.
    /// </summary>
    /// <exception cref="InvalidOperationException">A change-log row is changed, removed or added through the context, or clinical records change while <see cref="Actor"/> is null.</exception>
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
        var rows = LogRows(pending);
        Seal(rows, ChangeLog.AsNoTracking().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefault());
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
            var rows = LogRows(pending);
            Seal(rows, await ChangeLog.AsNoTracking().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false));
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
    /// Serialises change-log writers for the rest of the transaction, so that each reads the chain's last hash
    /// and appends to it before the next. Nothing by default: SQLite transactions already hold the write lock.
    /// </summary>
    private protected virtual void LockChangeLog()
    {
    }

    /// <inheritdoc cref="LockChangeLog"/>
    private protected virtual Task LockChangeLogAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies each entity mapping explicitly (no assembly scanning).</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new StudyConfiguration());
        modelBuilder.ApplyConfiguration(new ProtocolVersionConfiguration());
        modelBuilder.ApplyConfiguration(new SiteConfiguration());
        modelBuilder.ApplyConfiguration(new ParticipantConfiguration());
        modelBuilder.ApplyConfiguration(new ScreeningValueConfiguration());
        modelBuilder.ApplyConfiguration(new AssessmentConfiguration());
        modelBuilder.ApplyConfiguration(new ItemValueConfiguration());
        modelBuilder.ApplyConfiguration(new DoseRecordConfiguration());
        modelBuilder.ApplyConfiguration(new AdverseEventConfiguration());
        modelBuilder.ApplyConfiguration(new ChangeLogEntryConfiguration());
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
            .Select(PendingChange.Capture)
            .OfType<PendingChange>()
            .ToList();
        if (pending.Count > 0 && Actor is null)
        {
            throw new InvalidOperationException(
                "Clinical records changed but no one is named for the change log: set MyelinDbContext.Actor (e.g. new ChangeActor(\"alice\", ChangeChannel.Cli)) before saving.");
        }

        return pending;
    }

    private List<ChangeLogEntry> LogRows(List<PendingChange> pending)
    {
        var at = UtcInstant.Require(Clock.GetUtcNow().ToUniversalTime(), "change-log time");
        return [.. pending.SelectMany(p => p.ToEntries(at, Actor!))];
    }

    private static void Seal(List<ChangeLogEntry> rows, string? lastHash)
    {
        var previous = lastHash ?? string.Empty;
        foreach (var row in rows)
        {
            row.Seal(previous);
            previous = row.Hash;
        }
    }

    private void AcceptIf(bool acceptAllChangesOnSuccess)
    {
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }
}
