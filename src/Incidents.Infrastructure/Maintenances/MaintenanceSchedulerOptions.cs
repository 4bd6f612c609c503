namespace Incidents.Infrastructure.Maintenances;

/// <summary>Configuration section <c>Maintenance:Scheduler</c>.</summary>
public sealed class MaintenanceSchedulerOptions
{
    public const string SectionName = "Maintenance:Scheduler";

    /// <summary>Run the scheduler in this process (on by default; safe on every instance).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest sleep when nothing is due soon: how late a change committed on another instance
    /// without Redis (which the local wake-up cannot see) is noticed. Two queries per interval when idle.
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After a failed transition, how long before it is tried again (no hot loop on a poison row).</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 100;
}
