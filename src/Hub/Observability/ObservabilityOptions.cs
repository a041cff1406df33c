namespace Hub.Observability;

/// <summary>Bound from <c>Hub:Observability</c>.</summary>
public sealed class ObservabilityOptions
{
    public const string SectionName = "Hub:Observability";

    /// <summary><c>json</c> (one JSON object a line, for log shippers) or <c>text</c> (readable, the default on a developer's machine).</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>OTLP endpoint for traces and metrics (e.g. a collector); unset keeps telemetry in process and on /metrics.</summary>
    public Uri? OtlpEndpoint { get; set; }
}
