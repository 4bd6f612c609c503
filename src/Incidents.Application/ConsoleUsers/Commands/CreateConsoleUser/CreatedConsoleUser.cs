namespace Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;

/// <param name="SignInToken">The one-time sign-in token when no password was given; shown once, stored only as a hash.</param>
public sealed record CreatedConsoleUser(Guid UserId, string Email, string? SignInToken);
