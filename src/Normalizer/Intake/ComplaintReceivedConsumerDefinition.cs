using Hub.Contracts;
using MassTransit;

namespace Hub.Normalizer.Intake;

public sealed class ComplaintReceivedConsumerDefinition : ConsumerDefinition<ComplaintReceivedConsumer>
{
    public ComplaintReceivedConsumerDefinition() => EndpointName = Queues.Normalizer;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ComplaintReceivedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }
}
