using Incidents.Domain.Common;

namespace Incidents.Domain.Pages.Branding;

/// <summary>The page's look changed (<paramref name="What"/>: Settings, Logo, Favicon, Css): its cached answers go.</summary>
public sealed record PageBrandingChanged(Guid PageId, string What, DateTimeOffset OccurredAt)
    : IDomainEvent;
