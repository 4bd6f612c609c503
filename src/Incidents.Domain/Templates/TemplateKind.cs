namespace Incidents.Domain.Templates;

/// <summary>What a template prefills: an incident (create or update) or a maintenance.</summary>
public enum TemplateKind
{
    Incident,
    Maintenance,
}
