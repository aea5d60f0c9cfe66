using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class ItemValueConfiguration : IEntityTypeConfiguration<ItemValue>
{
    public void Configure(EntityTypeBuilder<ItemValue> builder)
    {
        builder.ToTable("ItemValues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ItemId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(i => i.Value).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(Limits.Unit);
        builder.HasIndex(i => new { i.AssessmentId, i.ItemId }).IsUnique();
    }
}
