using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("Participants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(p => p.Code).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(p => p.SiteId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(Limits.Text);
        builder.Property(p => p.Etiology).HasMaxLength(Limits.Id);
        builder.Property(p => p.Stratum).HasMaxLength(Limits.Id);
        builder.Property(p => p.Arm).HasMaxLength(Limits.Id);
        builder.Property(p => p.Language).HasMaxLength(8).IsRequired();
        builder.Property(p => p.AllocationStratum).HasMaxLength(Limits.Id);
        builder.HasIndex(p => new { p.StudyId, p.Code }).IsUnique();

        // The database, not the application, guarantees that two concurrent enrolments never take the same place in a
        // stratum's allocation sequence; participants not allocated from it (nulls) are distinct on both providers.
        builder.HasIndex(p => new { p.StudyId, p.AllocationStratum, p.AllocationPosition }).IsUnique();
        builder.HasOne<Study>().WithMany().HasForeignKey(p => p.StudyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => new { p.StudyId, p.SiteId }).OnDelete(DeleteBehavior.Restrict);

        // ClientCascade: screening values are deleted with their participant only when loaded, so that every
        // deletion passes through the change log; unloaded ones make the database refuse the delete.
        builder.HasMany(p => p.ScreeningValues).WithOne(v => v.Participant).HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.ClientCascade);
        builder.Navigation(p => p.ScreeningValues).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
