using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>After a commit (here, or on another instance through Redis): a page's changed access rules are reloaded.</summary>
internal sealed class PageAccessDirectoryInvalidator(PageAccessDirectory directory)
    : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        foreach (var changed in domainEvents.OfType<PageAccessChanged>())
        {
            directory.Invalidate(changed.PageId);
        }

        return ValueTask.CompletedTask;
    }
}
