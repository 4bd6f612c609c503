namespace Incidents.Api.OperatorConsole.Models;

/// <summary>
/// An update to a maintenance (<c>PUT /api/admin/Maintenance</c>): a timeline entry, optionally a
/// forward status (In Progress starts it early, Completed completes it early) and a new window.
/// </summary>
public sealed class MaintenanceUpdateForm
{
    public string? Description { get; set; }

    /// <summary>Empty keeps the current status.</summary>
    public string? Status { get; set; }

    public string? ScheduledFor { get; set; }

    public string? ScheduledUntil { get; set; }

    public string? TimeZone { get; set; } = ConsoleLocalTime.Utc;

    public bool Notify { get; set; } = true;

    public string? Action { get; set; }
}
