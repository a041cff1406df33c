namespace Hub.Ingestion.WebForm;

/// <summary>The JSON body of <c>POST /api/complaints</c>; the HTML form posts the same fields flattened.</summary>
public sealed record WebFormRequest
{
    public string? Text { get; init; }
    public string? Subject { get; init; }
    public bool Anonymous { get; init; }
    public WebFormContact? Contact { get; init; }
    public WebFormLocation? Location { get; init; }
}

public sealed record WebFormContact(string? Name, string? Email, string? Phone)
{
    public override string ToString() => "WebFormContact { redacted }";
}

public sealed record WebFormLocation(string? District);
