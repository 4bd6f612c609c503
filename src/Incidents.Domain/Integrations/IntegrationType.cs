namespace Incidents.Domain.Integrations;

/// <summary>The alert manager that posts to an integration's receiver.</summary>
public enum IntegrationType
{
    Alertmanager,
    Grafana,
}
