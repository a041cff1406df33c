using Hub.CaseStore.Persistence;
using Hub.Cli;
using Hub.Hosting;
using Hub.Publisher;
using Microsoft.Extensions.Options;

var command = HubCommand.Parse(args);
try
{
    switch (command)
    {
        case HubCommand.Run run:
            await HubWebHost.RunAsync(HubWebHost.Build(run.ConfigurationArgs, run.Roles), run.Roles);
            return 0;
        case HubCommand.PublishNow publish:
        {
            using var host = CliHost.Build(publish.ConfigurationArgs, (services, configuration) => services.AddPublisher(configuration, schedule: false));
            await host.Services.MigrateHubDatabaseAsync();
            await using var scope = host.Services.CreateAsyncScope();
            var stats = await scope.ServiceProvider.GetRequiredService<StatisticsPublisher>().PublishAsync(CancellationToken.None);
            var output = Path.GetFullPath(host.Services.GetRequiredService<IOptions<PublisherOptions>>().Value.OutputDirectory);
            Console.WriteLine($"Published fiscal year {stats.FiscalYear}: {stats.Received} received, {stats.Concluded} concluded, {stats.InProgress} in progress → {output}");
            return 0;
        }

        case HubCommand.ExportCases export:
        {
            using var host = CliHost.Build(export.ConfigurationArgs, (services, _) => services.AddHubDatabase());
            await host.Services.MigrateHubDatabaseAsync();
            await using var scope = host.Services.CreateAsyncScope();
            await CaseExport.WriteJsonLinesAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), Console.Out, CancellationToken.None);
            return 0;
        }

        case HubCommand.ImportUsers import:
            return await StaffVerbs.ImportAsync(import);
        case HubCommand.VerifyAudit verify:
            return await AuditVerbs.VerifyAsync(verify);
        case HubCommand.CheckpointAudit checkpoint:
            return await AuditVerbs.CheckpointAsync(checkpoint);
        case HubCommand.Normalize normalize:
            return await NormalizeVerb.RunAsync(normalize);
        case HubCommand.NormalizeModels models:
            return NormalizeVerb.RunModels(models);
        case HubCommand.BenchDedup bench:
            return BenchVerb.Run(bench);
        case HubCommand.BenchPipeline bench:
            return await Hub.Cli.Bench.PipelineBench.RunAsync(bench);
        case HubCommand.BenchWebForm bench:
            return await Hub.Cli.Bench.WebFormBench.RunAsync(bench);
        case HubCommand.BenchPublish bench:
            return await Hub.Cli.Bench.PublishBench.RunAsync(bench);
        case HubCommand.Queues queues:
            return await OperationsVerbs.QueuesAsync(queues.ConfigurationArgs);
        case HubCommand.Adapters adapters:
            return await AdapterVerbs.RunAsync(adapters);
        case HubCommand.Redrive redrive:
            return await OperationsVerbs.RedriveAsync(redrive);
        case HubCommand.TraffyImport import:
            return await TraffyImportVerb.RunAsync(import);
        case HubCommand.Usage usage:
            await Console.Error.WriteLineAsync(usage.Error);
            await Console.Error.WriteLineAsync(HubCommand.Help);
            return 2;
        default:
            throw new InvalidOperationException($"Unhandled command {command}.");
    }
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("Configuration error / การตั้งค่าไม่ถูกต้อง: " + string.Join(" ", ex.Failures));
    return 1;
}
catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
{
    // The binder's own message names the setting and the type it expected.
    await Console.Error.WriteLineAsync("Configuration error / การตั้งค่าไม่ถูกต้อง: " + ex.Message);
    return 1;
}
