using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Commands.RevokePageFeedToken;

/// <summary>Revokes the page's feed token: feeds, calendar and badge need a new one (or a session).</summary>
public sealed record RevokePageFeedTokenCommand(string? PageSlug) : ICommand<PageAccessDto>;
