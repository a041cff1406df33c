using Hub.Hosting;

namespace Hub.Cli;

/// <summary>A parsed <c>hub</c> invocation: a verb, its roles or options, and the arguments left for configuration.</summary>
public abstract record HubCommand(string[] ConfigurationArgs)
{
    public sealed record Run(HubRoles Roles, string[] Args) : HubCommand(Args);

    public sealed record PublishNow(string[] Args) : HubCommand(Args);

    public sealed record ExportCases(string Format, string[] Args) : HubCommand(Args);

    public sealed record Normalize(string? In, string? Out, string? EvalFolder) : HubCommand([]);

    /// <summary><c>hub normalize --train</c> (rebuild the models) or <c>hub normalize --eval</c> with no folder (the full report).</summary>
    public sealed record NormalizeModels(bool Train, string? Data, string? Models) : HubCommand([]);

    public sealed record BenchDedup(int Count) : HubCommand([]);

    /// <param name="Args">Connection flags (--rabbitmq, --management, --postgres); see Bench/BenchSettings.</param>
    public sealed record BenchPipeline(string Transport, string Db, int Count, string[] Args) : HubCommand([]);

    public sealed record BenchWebForm(int Seconds, int Connections) : HubCommand([]);

    public sealed record BenchPublish(int Cases, string Db, string[] Args) : HubCommand([]);

    public sealed record Queues(string[] Args) : HubCommand(Args);

    /// <param name="MessageIds">Null re-drives every message (<c>--all</c>).</param>
    public sealed record Redrive(string Queue, IReadOnlySet<string>? MessageIds, bool ListOnly, string[] Args) : HubCommand(Args);

    /// <param name="Action">list, pause or resume; <paramref name="Adapter"/> is null only for list.</param>
    public sealed record Adapters(string Action, string? Adapter, string[] Args) : HubCommand(Args);

    public sealed record ImportUsers(string CsvPath, string LettersPath, string[] Args, bool Invite = false) : HubCommand(Args);

    /// <param name="CheckpointPath">A checkpoint to hold the database to (a published audit-checkpoint.json); null: Hub:Audit:CheckpointFile.</param>
    public sealed record VerifyAudit(string[] Args, string? CheckpointPath = null) : HubCommand(Args);

    public sealed record CheckpointAudit(string[] Args) : HubCommand(Args);

    public sealed record TraffyImport(string File, bool OffsetLessIsUtc, string[] Args) : HubCommand(Args);

    public sealed record Usage(string Error) : HubCommand([]);

    public const string Help = """
        hub — BMA complaint hub / ระบบรวมช่องทางรับเรื่องร้องเรียน กทม.

          hub [run [all|ingestion|normalizer|casestore|publisher ...]]   run services (default: all, embedded)
          hub publish now                                               publish statistics once
          hub cases export --format jsonl                               print every case as JSON lines
          hub normalize --in complaints.jsonl [--out results.jsonl]      normalize offline, one result line each
          hub normalize --eval <folder>                                 score against folder/labels.jsonl
          hub normalize --eval [--data tests/data]                       in-sample, cross-validated and blind numbers
          hub normalize --train [--data tests/data] [--models DIR]       rebuild the normalizer's models from the data
          hub bench dedup [--count 1000000]                             time the duplicate index at scale
          hub bench pipeline --transport rabbitmq|inmemory --db postgres|sqlite [--count 5000]
                                                                        accepted → case: rate, p50/p99, bare-broker ratio
          hub bench webform [--seconds 15] [--connections 32]            the form under wrk load: requests/s, p99
          hub bench publish [--cases 1000000] [--db sqlite|postgres]     one statistics publication over seeded cases
          hub queues                                                    queue depths, rates, consumers (RabbitMQ)
          hub redrive <queue> --list | --all | --id <message-id> ...    move failed messages back to their queue
          hub adapters list | pause <name> | resume <name>              pause a channel adapter (e.g. email:complaints)
          hub users import units.csv [--letters sealed-letters.html] [--invite]    create staff accounts; sealed letters, or e-mail invitations (Hub:Staff:Mail)
          hub audit verify [--checkpoint audit-checkpoint.json]         check the keyed audit chain against its last signed checkpoint
          hub audit checkpoint                                          sign the chain's head now and append it to the checkpoint file
          hub traffy import <file> [--zone bangkok|utc]                 import a Traffy CSV/JSON file (zone: for times without offset)

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
            ["normalize"] => ParseNormalize(rest),
            ["bench", "dedup"] => ParseBench(rest),
            ["bench", "pipeline"] => ParseBenchPipeline(rest),
            ["bench", "webform"] => Positive(rest, "--seconds", 15) is { } seconds && Positive(rest, "--connections", 32) is { } connections
                ? new BenchWebForm(seconds, connections)
                : new Usage("hub bench webform: --seconds and --connections need positive numbers."),
            ["bench", "publish"] => Positive(rest, "--cases", 1_000_000) is { } cases && Option(rest, "--db") is null or "sqlite" or "postgres"
                ? new BenchPublish(cases, Option(rest, "--db") ?? "sqlite", rest)
                : new Usage("hub bench publish: --cases needs a positive number, --db sqlite or postgres."),
            ["queues"] => new Queues(rest),
            ["redrive", var queue] => ParseRedrive(queue, rest),
            ["adapters"] or ["adapters", "list"] => new Adapters("list", null, rest),
            ["adapters", var action, var adapter] when action is "pause" or "resume" => new Adapters(action, adapter, rest),
            ["adapters", ..] => new Usage("hub adapters list | pause <name> | resume <name>"),
            ["users", "import", var csv] => new ImportUsers(csv, Option(rest, "--letters") ?? "sealed-letters.html", rest.Where(a => a.StartsWith("--Hub", StringComparison.Ordinal)).ToArray(), rest.Contains("--invite")),
            ["audit", "verify"] => new VerifyAudit(WithoutOption(rest, "--checkpoint"), Option(rest, "--checkpoint")),
            ["audit", "checkpoint"] => new CheckpointAudit(rest),
            ["traffy", "import", var file] => ParseTraffyImport(file, rest),
            ["traffy", "import"] => new Usage("hub traffy import needs a file: hub traffy import <file>"),
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

    static HubCommand ParseNormalize(string[] rest)
    {
        var input = Option(rest, "--in");
        var eval = Option(rest, "--eval");
        if (rest.Contains("--train") || (rest.Contains("--eval") && (eval is null || eval.StartsWith("--", StringComparison.Ordinal))))
        {
            return new NormalizeModels(rest.Contains("--train"), Option(rest, "--data"), Option(rest, "--models"));
        }

        return input is null && eval is null
            ? new Usage("hub normalize needs --in <complaints.jsonl> or --eval <folder>.")
            : new Normalize(input, Option(rest, "--out"), eval);
    }

    static HubCommand ParseBench(string[] rest) =>
        int.TryParse(Option(rest, "--count") ?? "1000000", out var count) && count > 0
            ? new BenchDedup(count)
            : new Usage("hub bench dedup --count needs a positive number.");

    static HubCommand ParseBenchPipeline(string[] rest)
    {
        var transport = Option(rest, "--transport") ?? "inmemory";
        var db = Option(rest, "--db") ?? (transport == "rabbitmq" ? "postgres" : "sqlite");
        if (transport is not ("rabbitmq" or "inmemory") || db is not ("postgres" or "sqlite"))
        {
            return new Usage("hub bench pipeline: --transport rabbitmq|inmemory, --db postgres|sqlite.");
        }

        return Positive(rest, "--count", 5000) is { } count ? new BenchPipeline(transport, db, count, rest) : new Usage("hub bench pipeline --count needs a positive number.");
    }

    static int? Positive(string[] args, string name, int fallback) =>
        Option(args, name) is not { } value ? fallback : int.TryParse(value, out var number) && number > 0 ? number : null;

    static HubCommand ParseTraffyImport(string file, string[] rest)
    {
        var zone = Option(rest, "--zone") ?? "bangkok";
        if (zone is not ("bangkok" or "utc"))
        {
            return new Usage($"Unknown --zone '{zone}': use bangkok or utc.");
        }

        var at = Array.IndexOf(rest, "--zone");
        return new TraffyImport(file, zone == "utc", at >= 0 ? rest.Where((_, i) => i != at && i != at + 1).ToArray() : rest);
    }

    /// <summary>The arguments without <paramref name="name"/> and its value, so configuration never sees a verb's own option.</summary>
    static string[] WithoutOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at < 0 ? args : [.. args[..at], .. args[Math.Min(at + 2, args.Length)..]];
    }

    static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
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

    static HubCommand ParseRedrive(string queue, string[] rest)
    {
        var ids = rest.Select((a, i) => (a, i)).Where(x => x.a == "--id" && x.i + 1 < rest.Length).Select(x => rest[x.i + 1]).ToHashSet(StringComparer.Ordinal);
        var list = rest.Contains("--list");
        var all = rest.Contains("--all");
        if (!list && !all && ids.Count == 0)
        {
            return new Usage("hub redrive needs --list, --all, or one or more --id <message-id>.");
        }

        var remaining = rest.Where((a, i) => a is not ("--list" or "--all" or "--id") && (i == 0 || rest[i - 1] != "--id")).ToArray();
        return new Redrive(queue, all ? null : ids, list, remaining);
    }
}
