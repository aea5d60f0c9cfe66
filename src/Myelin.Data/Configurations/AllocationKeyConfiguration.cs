using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class AllocationKeyConfiguration : IEntityTypeConfiguration<AllocationKey>
{
    public void Configure(EntityTypeBuilder<AllocationKey> builder)
    {
        builder.ToTable("AllocationKeys");
        builder.HasKey(k => k.StudyId);
        builder.Property(k => k.StudyId).HasMaxLength(Limits.Id);

        // The secret: the change log records that a key was created, never its bytes.
        builder.Property(k => k.Key).HasMaxLength(AllocationKey.Length).IsRequired().HasAnnotation(ChangeLogAnnotations.NotLogged, true);
        builder.HasOne<Study>().WithOne().HasForeignKey<AllocationKey>(k => k.StudyId).OnDelete(DeleteBehavior.Restrict);
    }
}
