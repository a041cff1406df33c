using Hub.Normalizer.Intake;
using MassTransit;

namespace Hub.Normalizer;

public static class NormalizerModule
{
    public static void AddNormalizerConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<ComplaintReceivedConsumer, ComplaintReceivedConsumerDefinition>();
}
