using Mediator;

namespace Incidents.Application.Components.Commands.SaveComponentGroup;

/// <summary>
/// Creates (<paramref name="Group"/> null) or changes a component group. Our groups are a name on
/// each member component, so a group is saved by renaming and regrouping its members in one unit
/// of work; null fields keep their current values.
/// </summary>
/// <param name="Group">The existing group's name, or null to create one.</param>
/// <param name="Name">The group's (new) name; required to create.</param>
/// <param name="ComponentIds">The members: listed components join, unlisted members leave (become ungrouped).</param>
/// <param name="DisplayOrder">Where the group sorts: its first member's DisplayOrder (the others keep their distance).</param>
public sealed record SaveComponentGroupCommand(
    string? Group,
    string? Name,
    IReadOnlyList<Guid>? ComponentIds,
    int? DisplayOrder
) : ICommand<ComponentGroupResult>;
