using System.ComponentModel.DataAnnotations;

namespace Hub.Messaging;

public enum TransportKind
{
    InMemory,
    RabbitMq,
}

/// <summary>Bound from <c>Hub:Transport</c>. In-memory is the embedded default; separate processes need RabbitMQ.</summary>
public sealed class TransportOptions : IValidatableObject
{
    public const string SectionName = "Hub:Transport";

    public TransportKind Kind { get; set; } = TransportKind.InMemory;

    public RabbitMqSettings RabbitMq { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind != TransportKind.RabbitMq)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(RabbitMq.Host))
        {
            yield return new ValidationResult("Hub:Transport:RabbitMq:Host is required when Hub:Transport:Kind is RabbitMq.", ["RabbitMq.Host"]);
        }

        if (RabbitMq.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Hub:Transport:RabbitMq:Port must be between 1 and 65535.", ["RabbitMq.Port"]);
        }
    }
}

public sealed class RabbitMqSettings
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";
}
