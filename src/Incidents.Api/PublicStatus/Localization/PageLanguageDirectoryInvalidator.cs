using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Api.PublicStatus.Localization;

/// <summary>After a commit (here, or on another instance through Redis): a language change reloads the defaults.</summary>
internal sealed class PageLanguageDirectoryInvalidator(PageLanguageDirectory directory)
    : IDomainEventsCommittedListener
{
    public ValueTask OnCommittedAsync(
        IReadOnlyList<IDomainEvent> domainEvents,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        if (domainEvents.Any(e => e is PageLanguageChanged))
        {
            directory.Invalidate();
        }

        return ValueTask.CompletedTask;
    }
}
