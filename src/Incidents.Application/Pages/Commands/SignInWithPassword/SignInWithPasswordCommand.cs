using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Commands.SignInWithPassword;

/// <summary>
/// A visitor of a Password page types its shared password. <paramref name="ClientKey"/>: the
/// client's address (rate limits and the audit trail); <paramref name="RequestId"/>: the trace id.
/// </summary>
public sealed record SignInWithPasswordCommand(
    Guid PageId,
    string? Password,
    string ClientKey,
    string? RequestId
) : ICommand<PageSignInResult>;
