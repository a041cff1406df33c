using Hub.Messaging;
using Hub.Operations;

namespace Hub.Cli;

/// <summary><c>hub queues</c> and <c>hub redrive</c>: the operator console's queue table and re-drive, from a terminal.</summary>
public static class OperationsVerbs
{
    public static async Task<int> QueuesAsync(string[] configurationArgs)
    {
        var (transport, operations) = Settings(configurationArgs);
        var queues = await RabbitMqManagement.Create(transport, operations.RabbitMqManagementUrl).QueuesAsync(CancellationToken.None);
        Console.Write(QueueTable.Render(queues, DateTimeOffset.UtcNow));
        return 0;
    }

    public static async Task<int> RedriveAsync(HubCommand.Redrive command)
    {
        var (transport, _) = Settings(command.ConfigurationArgs);
        await using var redrive = new ErrorQueueRedrive(transport.RabbitMq);
        if (command.ListOnly)
        {
            foreach (var fault in await redrive.ListAsync(command.Queue, CancellationToken.None))
            {
                Console.WriteLine($"{fault.MessageId}\t{fault.FaultedAt:u}\t{fault.ExceptionType}\t{fault.ExceptionMessage}");
            }

            return 0;
        }

        var moved = await redrive.RedriveAsync(command.Queue, command.MessageIds, CancellationToken.None);
        Console.WriteLine($"Re-drove {moved} message(s) from {command.Queue}{QueueSnapshot.ErrorSuffix} to {command.Queue}.");
        return 0;
    }

    static (TransportOptions Transport, OperationsOptions Operations) Settings(string[] configurationArgs)
    {
        using var host = CliHost.Build(configurationArgs, (services, _) =>
        {
            services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName);
        });
        var transport = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TransportOptions>>().Value;
        if (transport.Kind != TransportKind.RabbitMq)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(TransportOptions.SectionName, typeof(TransportOptions),
                ["Queues live in RabbitMQ: set Hub:Transport:Kind=RabbitMq (the in-memory transport has no queues outside its process)."]);
        }

        return (transport, host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OperationsOptions>>().Value);
    }
}
