using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Persistence;

/// <summary>Where Hub keeps its state. Bound from <c>Hub:Database</c>.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string SectionName = "Hub:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults to a SQLite file under <c>./var/</c> when the provider is SQLite.</summary>
    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString =>
        ConnectionString ?? (Provider == DatabaseProvider.Sqlite ? "Data Source=var/hub.db" : string.Empty);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                $"Hub:Database:ConnectionString is required when Hub:Database:Provider is {Provider}.",
                [nameof(ConnectionString)]);
        }
    }
}
