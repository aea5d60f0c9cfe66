using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        // The migrations add triggers that refuse UPDATE and DELETE on this table. On SQLite, a migration that
        // rebuilds the table (most column changes) drops them: such a migration must create them again.
        builder.ToTable("ChangeLog");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(e => e.Actor).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(e => e.Via).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(e => e.Reason).HasMaxLength(Limits.Text);
        builder.Property(e => e.Entity).HasMaxLength(100).IsRequired();
        builder.Property(e => e.EntityKey).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(e => e.Field).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        // One chain per study with no gaps: the index also refuses a second row at the same place.
        builder.HasIndex(e => new { e.StudyId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.Entity, e.EntityKey });
        builder.HasIndex(e => e.At);
    }
}
