namespace Hub.Ingestion.Traffy;

public static class TraffyChannel
{
    /// <summary>The complaint channel; the channel message id is the Traffy ticket_id.</summary>
    public const string Name = "traffy";
}
