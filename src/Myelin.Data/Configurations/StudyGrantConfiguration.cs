using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Data.Access;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class StudyGrantConfiguration : IEntityTypeConfiguration<StudyGrant>
{
    public void Configure(EntityTypeBuilder<StudyGrant> builder)
    {
        builder.ToTable("StudyGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.UserId).HasMaxLength(450).IsRequired();
        builder.Property(g => g.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(g => g.Role).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(g => g.SiteId).HasMaxLength(Limits.Id);
        builder.Property(g => g.GrantedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(g => new { g.UserId, g.StudyId });
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Study>().WithMany().HasForeignKey(g => g.StudyId).OnDelete(DeleteBehavior.Restrict);
    }
}
