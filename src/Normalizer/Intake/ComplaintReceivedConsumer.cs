using Hub.Contracts.Complaints;
using MassTransit;

namespace Hub.Normalizer.Intake;

/// <summary>
/// Reads each received complaint and publishes its normalized form. The outgoing MessageId is the complaint id,
/// so a redelivered complaint republishes the very same message and the case store's inbox drops the repeat.
/// </summary>
public sealed class ComplaintReceivedConsumer : IConsumer<ComplaintReceived>
{
    public async Task Consume(ConsumeContext<ComplaintReceived> context)
    {
        var normalized = ComplaintNormalizing.Normalize(context.Message);
        await context.Publish(normalized, publish => publish.MessageId = context.Message.ComplaintId, context.CancellationToken);
    }
}
