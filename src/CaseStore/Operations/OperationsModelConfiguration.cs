using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.CaseStore.Operations;

sealed class AdapterPauseConfiguration : IEntityTypeConfiguration<AdapterPause>
{
    public void Configure(EntityTypeBuilder<AdapterPause> builder)
    {
        builder.ToTable("adapter_pauses");
        builder.HasKey(p => p.Adapter);
        builder.Property(p => p.Adapter).HasMaxLength(128);
        builder.Property(p => p.PausedBy).HasMaxLength(256);
    }
}

sealed class AlertIncidentConfiguration : IEntityTypeConfiguration<AlertIncident>
{
    public void Configure(EntityTypeBuilder<AlertIncident> builder)
    {
        builder.ToTable("alert_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Key).HasMaxLength(256);
        builder.Property(i => i.Summary).HasMaxLength(1024);
        builder.HasIndex(i => new { i.Key, i.ClosedAtUtc });
    }
}
