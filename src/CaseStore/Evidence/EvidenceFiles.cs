using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.CaseStore.Evidence;

/// <summary>
/// Where a stored attachment lives (<c>ab/cd/abcd….bin</c> under the evidence directory). Shared by the doors that
/// write evidence and the staff pages that read it, so both always agree on the layout.
/// </summary>
public sealed class EvidenceFiles(IOptions<EvidenceOptions> options)
{
    public Stream Open(string sha256) => File.OpenRead(PathOf(options.Value.Directory, sha256));

    public static string PathOf(string directory, string sha256) =>
        sha256.Length == 64 && sha256.All(Uri.IsHexDigit)
            ? Path.Combine(directory, sha256[..2], sha256[2..4], sha256 + ".bin")
            : throw new ArgumentException("Not a SHA-256 hex digest.", nameof(sha256));
}

public static class EvidenceRegistration
{
    /// <summary>Idempotent: the ingestion doors and the staff pages may both ask for it in one host.</summary>
    public static IServiceCollection AddEvidenceFiles(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(EvidenceFiles)))
        {
            return services;
        }

        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<EvidenceFiles>();
    }
}
