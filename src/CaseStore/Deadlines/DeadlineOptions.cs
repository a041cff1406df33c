using System.ComponentModel.DataAnnotations;

namespace Hub.CaseStore.Deadlines;

/// <summary>Bound from <c>Hub:Deadlines</c>.</summary>
public sealed class DeadlineOptions
{
    public const string SectionName = "Hub:Deadlines";

    /// <summary>A CSV (date,name_th,name_en) replacing the embedded 2025–2027 holiday calendar; empty uses the embedded one.</summary>
    public string? HolidayFile { get; set; }

    /// <summary>Quartz cron (seconds first), Asia/Bangkok time, for the reminder run. Default: 07:00 every day.</summary>
    [Required]
    public string ReminderCron { get; set; } = "0 0 7 * * ?";

    /// <summary>How many days before a limit the reminder goes out.</summary>
    [Range(1, 30)]
    public int WarningDays { get; set; } = 3;
}
