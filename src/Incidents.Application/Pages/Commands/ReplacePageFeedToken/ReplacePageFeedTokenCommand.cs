using Mediator;

namespace Incidents.Application.Pages.Commands.ReplacePageFeedToken;

/// <summary>
/// Makes a new secret feed token for a non-public page (the old one stops working) and returns it:
/// shown once, stored hashed. Feeds, calendar and badge take it as <c>?token=</c>.
/// </summary>
public sealed record ReplacePageFeedTokenCommand(string? PageSlug) : ICommand<string>;
