using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Persistence.PublishRuns;

sealed class PublishRunConfiguration : IEntityTypeConfiguration<PublishRun>
{
    public void Configure(EntityTypeBuilder<PublishRun> builder)
    {
        builder.ToTable("publish_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Target).HasMaxLength(32);
        builder.Property(r => r.Outcome).HasMaxLength(16);
        builder.Property(r => r.ErrorType).HasMaxLength(256);
        builder.HasIndex(r => r.StartedAtUtc);
    }
}
