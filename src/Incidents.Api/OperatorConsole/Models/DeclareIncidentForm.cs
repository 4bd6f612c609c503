namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The declare form: the fields of <c>POST /api/admin/Incident</c>, as a browser posts them.</summary>
public sealed class DeclareIncidentForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Status { get; set; } = "Investigating";

    public string? Impact { get; set; } = "Major Outage";

    public List<Guid> Components { get; set; } = [];

    public bool Notify { get; set; } = true;

    public Guid? TemplateId { get; set; }

    /// <summary>"preview" re-renders the form with the description's preview instead of declaring.</summary>
    public string? Action { get; set; }
}
