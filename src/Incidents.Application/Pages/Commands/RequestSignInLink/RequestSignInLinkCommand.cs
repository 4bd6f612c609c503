using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Commands.RequestSignInLink;

/// <summary>
/// A visitor of a Restricted page asks for a sign-in link. It is mailed only when the address (or
/// its domain) is allowed; the answer is the same either way. <paramref name="LinkBase"/>: where the
/// link points (the configured public address or one of the page's own hostnames, never the Host
/// header as sent); the token is appended.
/// </summary>
public sealed record RequestSignInLinkCommand(
    Guid PageId,
    string? Email,
    string ClientKey,
    Uri LinkBase
) : ICommand<PageSignInResult>;
