namespace Hub.CaseStore.Cases;

public enum IntakeResult
{
    Opened,
    Linked,
    AlreadyProcessed,
}
