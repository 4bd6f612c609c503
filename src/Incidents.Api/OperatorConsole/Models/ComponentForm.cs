namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The component form: the fields of <c>POST</c>/<c>PUT /api/admin/Component</c>, as a browser posts them.</summary>
public sealed class ComponentForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Group { get; set; }

    public string? Status { get; set; } = "Operational";

    /// <summary>Whether a resulting status change is announced to subscribers (the API's IsNotify).</summary>
    public bool Notify { get; set; }
}
