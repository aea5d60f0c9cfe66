using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("Sites");
        builder.HasKey(s => new { s.StudyId, s.Id });
        builder.Property(s => s.StudyId).HasMaxLength(Limits.Id);
        builder.Property(s => s.Id).HasMaxLength(Limits.Id);
        builder.Property(s => s.Name).HasMaxLength(Limits.Name).IsRequired();
    }
}
