namespace Hub.Hosting;

/// <summary>Which of Hub's services one process runs: all of them (embedded), or one each (distributed).</summary>
[Flags]
public enum HubRoles
{
    None = 0,
    Ingestion = 1,
    Normalizer = 2,
    CaseStore = 4,
    Publisher = 8,
    All = Ingestion | Normalizer | CaseStore | Publisher,
}
