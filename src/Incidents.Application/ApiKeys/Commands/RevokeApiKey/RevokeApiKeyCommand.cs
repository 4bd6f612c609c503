using Mediator;

namespace Incidents.Application.ApiKeys.Commands.RevokeApiKey;

/// <summary>Revokes a key of the page with <paramref name="PageSlug"/> (operator CLI).</summary>
public sealed record RevokeApiKeyCommand(string? PageSlug, Guid ApiKeyId) : ICommand<Unit>;
