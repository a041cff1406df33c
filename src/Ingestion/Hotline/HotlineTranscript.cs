namespace Hub.Ingestion.Hotline;

/// <summary>One 1555 call as the transcription system delivers it; see docs/hotline.md for the wire format.</summary>
public sealed record HotlineTranscript
{
    public required string CallId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required int DurationSeconds { get; init; }

    /// <summary>Goes only into the identity vault. Empty when the caller withheld it.</summary>
    public string? CallerNumber { get; init; }
    public required string OperatorId { get; init; }

    /// <summary>The 1555 centre's number given to the caller (เลขที่รับแจ้ง), also used when the call is entered into Traffy.</summary>
    public string? ReferenceNumber { get; init; }
    public string? District { get; init; }

    /// <summary>The operator read the complaint back to the caller.</summary>
    public bool ReadBack { get; init; }

    /// <summary>The caller confirmed what was read back.</summary>
    public bool CallerConfirmed { get; init; }
    public required IReadOnlyList<HotlineTurn> Turns { get; init; }

    public bool Confirmed => ReadBack && CallerConfirmed;

    /// <summary>Redacted on purpose: records print themselves in logs and exceptions, and this one holds a caller number.</summary>
    public override string ToString() => $"HotlineTranscript {{ CallId = {CallId} }}";
}

public sealed record HotlineTurn(string Speaker, string Text);
