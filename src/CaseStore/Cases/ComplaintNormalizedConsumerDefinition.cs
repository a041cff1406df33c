using Hub.Contracts;
using MassTransit;

namespace Hub.CaseStore.Cases;

/// <summary>
/// Short in-process retries ride out lock timeouts and a racing duplicate; what still fails goes to the
/// <c>_error</c> queue for an operator to re-drive, never acknowledged away.
/// </summary>
public sealed class ComplaintNormalizedConsumerDefinition : ConsumerDefinition<ComplaintNormalizedConsumer>
{
    public ComplaintNormalizedConsumerDefinition() => EndpointName = Queues.CaseStoreIntake;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintNormalizedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(8, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
    }
}
