namespace Hub.Normalizer.Pii;

public enum PiiKind
{
    NationalId,
    Phone,
    Email,
    BankAccount,
    LineId,
    LicencePlate,
    PersonName,
}

/// <summary>One piece of identifying text: where it is in the original text, what it is, how sure the detector is (0–1).</summary>
public sealed record PiiSpan(PiiKind Kind, int Start, int Length, string Text, double Confidence)
{
    public int End => Start + Length;

    public bool Overlaps(PiiSpan other) => Start < other.End && other.Start < End;
}
