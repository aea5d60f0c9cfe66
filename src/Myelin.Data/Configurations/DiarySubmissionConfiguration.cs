using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class DiarySubmissionConfiguration : IEntityTypeConfiguration<DiarySubmission>
{
    public void Configure(EntityTypeBuilder<DiarySubmission> builder)
    {
        builder.ToTable("DiarySubmissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.EventId).HasMaxLength(Limits.Id).IsRequired();

        // The database, not the application, guarantees that a retried submission is stored once.
        builder.HasIndex(s => new { s.ParticipantId, s.SubmissionId }).IsUnique();
        builder.HasOne<Participant>().WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Assessment).WithMany().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
