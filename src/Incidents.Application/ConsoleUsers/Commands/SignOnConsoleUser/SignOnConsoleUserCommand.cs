using Incidents.Application.Audit.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.SignOnConsoleUser;

/// <summary>
/// A person signed in at the single sign-on provider: the console user with that verified email, or
/// — when its domain is in <paramref name="AllowedDomains"/> — a new user with no page role.
/// </summary>
/// <param name="EmailVerified">The provider's <c>email_verified</c> claim: an unverified email matches nobody.</param>
/// <param name="Provider">The provider's display name, for the audit entry of a created user.</param>
public sealed record SignOnConsoleUserCommand(
    string? Email,
    bool EmailVerified,
    IReadOnlyList<string> AllowedDomains,
    string Provider
) : ICommand<SignOnResult>, IAuditedByHandler;
