using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class DoseRecordConfiguration : IEntityTypeConfiguration<DoseRecord>
{
    public void Configure(EntityTypeBuilder<DoseRecord> builder)
    {
        builder.ToTable("DoseRecords");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Slot).HasMaxLength(16).IsRequired();
        builder.Property(d => d.RecordedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(d => new { d.ParticipantId, d.Date, d.Slot }).IsUnique();
        builder.HasOne(d => d.Participant).WithMany().HasForeignKey(d => d.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
