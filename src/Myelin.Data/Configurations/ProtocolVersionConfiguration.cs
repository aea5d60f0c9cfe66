using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class ProtocolVersionConfiguration : IEntityTypeConfiguration<ProtocolVersion>
{
    public void Configure(EntityTypeBuilder<ProtocolVersion> builder)
    {
        builder.ToTable("ProtocolVersions");
        builder.HasKey(v => new { v.StudyId, v.Number });
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.StudyId).HasMaxLength(Limits.Id);
        builder.Property(v => v.Yaml).IsRequired();
        builder.Property(v => v.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(v => v.CreatedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.HasIndex(v => v.ContentHash);
    }
}
