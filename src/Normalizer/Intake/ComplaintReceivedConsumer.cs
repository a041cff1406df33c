using Hub.Contracts;
using Hub.Contracts.Complaints;
using MassTransit;

namespace Hub.Normalizer.Intake;

/// <summary>
/// Reads each received complaint and sends its normalized form to the case store. The outgoing MessageId is the complaint id,
/// so a redelivered complaint republishes the very same message and the case store's inbox drops the repeat.
/// </summary>
public sealed class ComplaintReceivedConsumer : IConsumer<ComplaintReceived>
{
    public async Task Consume(ConsumeContext<ComplaintReceived> context)
    {
        var normalized = ComplaintNormalizing.Normalize(context.Message);
        var intake = await context.GetSendEndpoint(Queues.Address(Queues.CaseStoreIntake));
        await intake.Send(normalized, send => send.MessageId = context.Message.ComplaintId, context.CancellationToken);
    }
}
