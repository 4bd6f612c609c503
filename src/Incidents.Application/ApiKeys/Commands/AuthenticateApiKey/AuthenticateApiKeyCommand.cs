using Mediator;

namespace Incidents.Application.ApiKeys.Commands.AuthenticateApiKey;

/// <summary>
/// Looks a presented key up by its hash; null when unknown or revoked. A command because it records
/// when the key was last used (at most once a minute, so reads do not turn into writes).
/// </summary>
public sealed record AuthenticateApiKeyCommand(string Key) : ICommand<AuthenticatedApiKey?>;
