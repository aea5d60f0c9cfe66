using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class StudyConfiguration : IEntityTypeConfiguration<Study>
{
    public void Configure(EntityTypeBuilder<Study> builder)
    {
        builder.ToTable("Studies");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(Limits.Id);
        builder.Property(s => s.Title).HasMaxLength(Limits.Text).IsRequired();
        builder.Ignore(s => s.CurrentProtocol);
        builder.HasMany(s => s.ProtocolVersions).WithOne().HasForeignKey(v => v.StudyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Sites).WithOne().HasForeignKey(s => s.StudyId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.ProtocolVersions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Sites).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
