using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.ToTable("Signatures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(s => s.SignedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(s => s.SignerName).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(s => s.Meaning).HasMaxLength(500).IsRequired();
        builder.Property(s => s.AuditHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.ParticipantId);
        builder.HasOne<Participant>().WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
