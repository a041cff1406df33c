using Hub.Hosting;

namespace Hub.Cli;

/// <summary>A parsed <c>hub</c> invocation: a verb, its roles or options, and the arguments left for configuration.</summary>
public abstract record HubCommand(string[] ConfigurationArgs)
{
    public sealed record Run(HubRoles Roles, string[] Args) : HubCommand(Args);

    public sealed record PublishNow(string[] Args) : HubCommand(Args);

    public sealed record ExportCases(string Format, string[] Args) : HubCommand(Args);

    public sealed record Usage(string Error) : HubCommand([]);

    public const string Help = """
        hub — BMA complaint hub / ระบบรวมช่องทางรับเรื่องร้องเรียน กทม.

          hub [run [all|ingestion|normalizer|casestore|publisher ...]]   run services (default: all, embedded)
          hub publish now                                               publish statistics once
          hub cases export --format jsonl                               print every case as JSON lines

        Any --Hub:Section:Key=value or --urls=... after the verb overrides configuration.
        """;

    public static HubCommand Parse(string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var rest = args.Skip(words.Length).ToArray();
        return words switch
        {
            [] => new Run(HubRoles.All, rest),
            ["run", .. var services] => ParseRoles(services, rest),
            ["publish", "now"] => new PublishNow(rest),
            ["cases", "export"] => ParseExport(rest),
            _ => new Usage($"Unknown command: hub {string.Join(' ', words)}"),
        };
    }

    static HubCommand ParseRoles(string[] services, string[] rest)
    {
        var roles = HubRoles.None;
        foreach (var service in services.DefaultIfEmpty("all"))
        {
            HubRoles? role = service.ToLowerInvariant() switch
            {
                "all" => HubRoles.All,
                "ingestion" => HubRoles.Ingestion,
                "normalizer" => HubRoles.Normalizer,
                "casestore" or "case-store" => HubRoles.CaseStore,
                "publisher" => HubRoles.Publisher,
                _ => null,
            };
            if (role is null)
            {
                return new Usage($"Unknown service '{service}': use all, ingestion, normalizer, casestore or publisher.");
            }

            roles |= role.Value;
        }

        return new Run(roles, rest);
    }

    static HubCommand ParseExport(string[] rest)
    {
        var formatIndex = Array.IndexOf(rest, "--format");
        var format = formatIndex >= 0 && formatIndex + 1 < rest.Length ? rest[formatIndex + 1] : "jsonl";
        if (format != "jsonl")
        {
            return new Usage($"Unsupported export format '{format}': only jsonl.");
        }

        var remaining = formatIndex >= 0 ? rest.Where((_, i) => i != formatIndex && i != formatIndex + 1).ToArray() : rest;
        return new ExportCases(format, remaining);
    }
}
