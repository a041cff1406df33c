namespace Hub.CaseStore.Accounts;

/// <summary>Reads units.csv: a header line, then unit,name,position,email,phone,role; fields may be double-quoted.</summary>
public static class StaffCsv
{
    static readonly string[] Header = ["unit", "name", "position", "email", "phone", "role"];

    public static (List<StaffRow> Rows, List<string> Errors) Parse(TextReader reader)
    {
        var rows = new List<StaffRow>();
        var errors = new List<string>();
        var header = reader.ReadLine();
        if (header is null || !Fields(header).Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            errors.Add("line 1: the header must be " + string.Join(',', Header));
            return (rows, errors);
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var f = Fields(line).Select(v => v.Trim()).ToArray();
            if (f.Length != Header.Length)
            {
                errors.Add($"line {lineNumber}: expected {Header.Length} fields, found {f.Length}");
                continue;
            }

            var role = f[5].ToLowerInvariant();
            if (!StaffRoles.All.Contains(role))
            {
                errors.Add($"line {lineNumber}: unknown role '{f[5]}'; use one of {string.Join(", ", StaffRoles.All)}");
            }
            else if (f[3].Length == 0 || !f[3].Contains('@'))
            {
                errors.Add($"line {lineNumber}: an email address is required");
            }
            else if (StaffRoles.IsUnitScoped(role) && f[0].Length == 0)
            {
                errors.Add($"line {lineNumber}: role {role} needs a unit");
            }
            else
            {
                rows.Add(new StaffRow(lineNumber, f[0], f[1], f[2], f[3], f[4], role));
            }
        }

        return (rows, errors);
    }

    static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
