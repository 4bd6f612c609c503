namespace Incidents.Api.OperatorConsole.Models;

/// <summary>One form for an update and for resolving: a Status of Resolved resolves (as <c>PUT /api/admin/Incident</c> does).</summary>
public sealed class IncidentUpdateForm
{
    public string? Description { get; set; }

    public string? Status { get; set; }

    public string? Impact { get; set; }

    public bool Notify { get; set; } = true;

    public string? Action { get; set; }
}
