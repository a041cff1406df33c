namespace Hub.Operations;

/// <summary>Bound from <c>Hub:Operations</c>.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Hub:Operations";

    /// <summary>RabbitMQ's management API; it uses the transport's user and password.</summary>
    public Uri RabbitMqManagementUrl { get; set; } = new("http://127.0.0.1:15672/");
}
