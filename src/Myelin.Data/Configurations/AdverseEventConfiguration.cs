using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class AdverseEventConfiguration : IEntityTypeConfiguration<AdverseEvent>
{
    public void Configure(EntityTypeBuilder<AdverseEvent> builder)
    {
        builder.ToTable("AdverseEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Term).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(e => e.Related).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(e => e.RecordedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(e => new { e.ParticipantId, e.OnsetOn });
        builder.HasOne(e => e.Participant).WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
