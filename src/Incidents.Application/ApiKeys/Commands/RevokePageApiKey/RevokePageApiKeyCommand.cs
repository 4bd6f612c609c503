using Mediator;

namespace Incidents.Application.ApiKeys.Commands.RevokePageApiKey;

/// <summary>Revokes a key of the caller's own page; effective on the next request everywhere.</summary>
public sealed record RevokePageApiKeyCommand(Guid ApiKeyId) : ICommand<Unit>;
