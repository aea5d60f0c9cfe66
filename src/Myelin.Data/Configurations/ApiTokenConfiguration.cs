using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Data.Access;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.StudyId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(t => t.Role).HasConversion<string>().HasMaxLength(Limits.Enum);
        builder.Property(t => t.SiteId).HasMaxLength(Limits.Id);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Study>().WithMany().HasForeignKey(t => t.StudyId).OnDelete(DeleteBehavior.Restrict);
    }
}
