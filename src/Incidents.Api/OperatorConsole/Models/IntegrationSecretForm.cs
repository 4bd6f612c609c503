namespace Incidents.Api.OperatorConsole.Models;

/// <summary>A new signing secret for a Grafana integration (<c>PUT /api/admin/Integration/{id}</c>, the rest unchanged).</summary>
public sealed class IntegrationSecretForm
{
    public string? Secret { get; set; }
}
