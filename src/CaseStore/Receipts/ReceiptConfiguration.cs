using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Receipts;

sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("receipts");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Channel).HasMaxLength(32);
        builder.Property(r => r.ChannelMessageId).HasMaxLength(256);
        builder.HasIndex(r => r.ComplaintId).IsUnique();
        builder.HasIndex(r => new { r.Channel, r.ChannelMessageId }).IsUnique();
    }
}
