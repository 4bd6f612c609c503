using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Components;
using Riok.Mapperly.Abstractions;

namespace Incidents.Application.Components.Queries;

[Mapper]
public static partial class ComponentMapper
{
    [MapperIgnoreSource(nameof(Component.PageId))]
    [MapperIgnoreSource(nameof(Component.Version))]
    [MapperIgnoreSource(nameof(Component.IncidentStatus))]
    [MapperIgnoreSource(nameof(Component.UnderMaintenance))]
    [MapperIgnoreSource(nameof(Component.DomainEvents))]
    [MapperIgnoreSource(nameof(Component.ExternalId))]
    public static partial ComponentDto ToDto(Component component);

    private static string StatusToString(ComponentStatus status) =>
        Vocabulary<ComponentStatus>.Display(status);
}
