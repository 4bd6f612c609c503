namespace Incidents.Api.OperatorConsole.Models;

/// <summary>
/// The create form of <c>POST /api/admin/Integration</c>: type, name, Grafana's optional signing
/// secret, and the default rule (what a firing alert opens). Label-matching rules stay API-only.
/// </summary>
public sealed class IntegrationCreateForm
{
    public string? Type { get; set; } = "Alertmanager";

    public string? Name { get; set; }

    public string? Secret { get; set; }

    public string? Impact { get; set; } = "Major Outage";

    public List<Guid> Components { get; set; } = [];

    public bool Publish { get; set; }
}
