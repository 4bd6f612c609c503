namespace Incidents.Api.PublicStatus.Access;

/// <summary>
/// Marks a route that shows a page's data: on a non-public page it needs the visitor's session (or
/// an allowed IP range, or for feeds the feed token), checked by <see cref="PageAccessMiddleware"/>
/// before the snapshot cache. The action's attribute wins over the controller's.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PageAccessAttribute(PageAccessKind kind) : Attribute
{
    public PageAccessKind Kind { get; } = kind;
}
