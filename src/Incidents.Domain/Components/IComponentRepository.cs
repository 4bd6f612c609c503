namespace Incidents.Domain.Components;

public interface IComponentRepository
{
    Task<Component?> GetAsync(Guid pageId, Guid componentId, CancellationToken cancellationToken);

    /// <summary>The page's components among <paramref name="componentIds"/>, tracked for change.</summary>
    Task<IReadOnlyList<Component>> ListAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    );

    /// <summary>The members of a component group (a name on components), tracked for change.</summary>
    Task<IReadOnlyList<Component>> ListInGroupAsync(
        Guid pageId,
        string group,
        CancellationToken cancellationToken
    );

    Task<bool> GroupExistsAsync(Guid pageId, string group, CancellationToken cancellationToken);

    Task<bool> NameExistsAsync(
        Guid pageId,
        string name,
        Guid? exceptComponentId,
        CancellationToken cancellationToken
    );

    void Add(Component component);

    void Remove(Component component);
}
