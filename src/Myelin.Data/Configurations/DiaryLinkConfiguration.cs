using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class DiaryLinkConfiguration : IEntityTypeConfiguration<DiaryLink>
{
    public void Configure(EntityTypeBuilder<DiaryLink> builder)
    {
        builder.ToTable("DiaryLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(l => l.IssuedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(l => l.RevokedBy).HasMaxLength(Limits.Name);
        builder.Ignore(l => l.Active);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.ParticipantId);
        builder.HasOne<Participant>().WithMany().HasForeignKey(l => l.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
