using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.EventId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(a => a.InstrumentId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(a => a.EnteredBy).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(Assessment.MaxNoteLength);
        builder.HasIndex(a => new { a.ParticipantId, a.EventId, a.InstrumentId }).IsUnique();
        builder.HasOne(a => a.Participant).WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Restrict);

        // ClientCascade: item values go with their assessment only when loaded, so each deletion is logged.
        builder.HasMany(a => a.Items).WithOne(i => i.Assessment).HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.ClientCascade);
        builder.Navigation(a => a.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
