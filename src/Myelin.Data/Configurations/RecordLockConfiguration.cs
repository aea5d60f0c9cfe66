using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class RecordLockConfiguration : IEntityTypeConfiguration<RecordLock>
{
    public void Configure(EntityTypeBuilder<RecordLock> builder)
    {
        builder.ToTable("RecordLocks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(l => l.Scope).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(l => l.LockedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(l => l.Reason).HasMaxLength(Limits.Text);
        builder.Property(l => l.UnlockedBy).HasMaxLength(Limits.Name);
        builder.Property(l => l.UnlockReason).HasMaxLength(Limits.Text);
        builder.Ignore(l => l.Active);
        builder.HasIndex(l => new { l.StudyId, l.Scope });
        builder.HasOne<Study>().WithMany().HasForeignKey(l => l.StudyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Participant>().WithMany().HasForeignKey(l => l.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(l => l.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
