namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The confirmation form of <c>POST /api/admin/Maintenance/Cancel</c>.</summary>
public sealed class MaintenanceCancelForm
{
    /// <summary>Empty: the API's default text ("This maintenance has been cancelled.").</summary>
    public string? Description { get; set; }

    public bool Notify { get; set; } = true;
}
