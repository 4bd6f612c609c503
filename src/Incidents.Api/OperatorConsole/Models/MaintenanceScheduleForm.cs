namespace Incidents.Api.OperatorConsole.Models;

/// <summary>
/// The schedule form: the fields of <c>POST /api/admin/Maintenance</c>, as a browser posts them.
/// The window is typed in <see cref="TimeZone"/> (UTC unless the page's script set the browser's).
/// </summary>
public sealed class MaintenanceScheduleForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? ScheduledFor { get; set; }

    public string? ScheduledUntil { get; set; }

    public string? TimeZone { get; set; } = ConsoleLocalTime.Utc;

    public List<Guid> Components { get; set; } = [];

    public bool Notify { get; set; } = true;

    /// <summary>"preview" re-renders the form with the description's preview instead of scheduling.</summary>
    public string? Action { get; set; }
}
