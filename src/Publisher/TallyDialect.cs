using System.Data;
using System.Data.Common;
using Hub.CaseStore.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Publisher;

/// <summary>
/// How a server engine spells what <see cref="GroupedTallies"/> needs from a timestamp column — the first day of its
/// Bangkok month, the Gregorian year its fiscal year ends in, its exact tick count — how consistently the four queries see the data, and how to bind the instant the
/// tallies are taken at, so that comparing it with stored timestamps answers as comparing the values read back into
/// .NET would. Bangkok has been UTC+7 without daylight saving since 1920, so a fixed +7 hours equals the zone's rules.
/// </summary>
sealed record TallyDialect(
    Func<string, string> Month, Func<string, string> FiscalEndYear, Func<string, string> Ticks, string? Session, IsolationLevel Isolation, Action<DbParameter, DateTime> BindInstant)
{
    /// <summary>
    /// timestamptz keeps microseconds; a stored value is below an instant exactly when it is below that instant rounded
    /// up to the next microsecond, which is what gets bound. The planner cannot know that the groups are few (months ×
    /// categories × units) and would sort a million rows, spilling at the default work_mem; hashing them is several
    /// times faster, so the session asks for it, for this read-only transaction only.
    /// </summary>
    public static readonly TallyDialect Postgres = new(
        column => $"date_trunc('month', {column} AT TIME ZONE 'UTC' + interval '7 hours')",
        column => $"CAST(EXTRACT(YEAR FROM {column} AT TIME ZONE 'UTC' + interval '7 hours' + interval '3 months') AS integer)",
        column => $"CAST(EXTRACT(EPOCH FROM {column}) * 10000000 AS bigint)",
        "SET LOCAL work_mem = '64MB'; SET LOCAL enable_sort = off;",
        IsolationLevel.RepeatableRead,
        (parameter, instant) => parameter.Value = new DateTime((instant.Ticks + 9) / 10 * 10, DateTimeKind.Utc));

    /// <summary>datetime2(7) keeps ticks; the parameter must be datetime2 too, not SqlClient's default 3 ms datetime.</summary>
    public static readonly TallyDialect SqlServer = new(
        column => $"DATEFROMPARTS(YEAR(DATEADD(hour, 7, {column})), MONTH(DATEADD(hour, 7, {column})), 1)",
        column => $"YEAR(DATEADD(month, 3, DATEADD(hour, 7, {column})))",
        column => $"(DATEDIFF_BIG(microsecond, '0001-01-01', {column}) * 10 + DATEPART(nanosecond, {column}) / 100 % 10)",
        null,
        // Repeatable read would hold shared locks on every case until the end; the snapshot isolation that matches
        // PostgreSQL's needs a database option this cannot assume.
        IsolationLevel.ReadCommitted,
        (parameter, instant) =>
        {
            parameter.DbType = DbType.DateTime2;
            parameter.Value = instant;
        });

    public static TallyDialect For(HubDbContext db) => db.Database.IsNpgsql() ? Postgres : SqlServer;
}
