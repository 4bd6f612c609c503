using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Api.PublicStatus.Hosting;

/// <summary>After a commit (here, or on another instance through Redis): a hostname change reloads the host map.</summary>
internal sealed class PageHostDirectoryInvalidator(PageHostDirectory directory)
    : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        if (domainEvents.Any(e => e is PageHostnamesChanged))
        {
            directory.Invalidate();
        }

        return ValueTask.CompletedTask;
    }
}
