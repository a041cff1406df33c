namespace Hub.Contracts;

/// <summary>
/// The queues of the complaint pipeline. Each hop is <em>sent</em> to its queue rather than published: sending
/// declares the durable queue, so a complaint waits there even when its consumer has never started yet, where
/// a publish to an exchange with no queue bound would be confirmed by the broker and silently dropped.
/// </summary>
public static class Queues
{
    public const string Normalizer = "normalizer";
    public const string CaseStoreIntake = "case-store-intake";

    public static Uri Address(string queue) => new($"queue:{queue}");
}
