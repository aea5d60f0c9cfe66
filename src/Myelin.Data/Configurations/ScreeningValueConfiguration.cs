using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Myelin.Domain.Records;

namespace Myelin.Data.Configurations;

internal sealed class ScreeningValueConfiguration : IEntityTypeConfiguration<ScreeningValue>
{
    public void Configure(EntityTypeBuilder<ScreeningValue> builder)
    {
        builder.ToTable("ScreeningValues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.ItemId).HasMaxLength(Limits.Id).IsRequired();
        builder.Property(v => v.Value).HasMaxLength(Limits.Text).IsRequired();
        builder.Property(v => v.Unit).HasMaxLength(Limits.Unit);
        builder.HasIndex(v => new { v.ParticipantId, v.ItemId }).IsUnique();
    }
}
