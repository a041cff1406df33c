using Hub.Contracts.Complaints;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Hub.CaseStore.Cases;

public sealed class ComplaintNormalizedConsumer(CaseIntake intake, ILogger<ComplaintNormalizedConsumer> logger)
    : IConsumer<ComplaintNormalized>
{
    public async Task Consume(ConsumeContext<ComplaintNormalized> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("ComplaintNormalized arrived without a MessageId.");
        var result = await intake.FileAsync(context.Message, messageId, context.CancellationToken);
        logger.LogInformation("Complaint {ComplaintId} from {Channel}: {IntakeResult}",
            context.Message.Complaint.ComplaintId, context.Message.Complaint.Channel, result);
    }
}
