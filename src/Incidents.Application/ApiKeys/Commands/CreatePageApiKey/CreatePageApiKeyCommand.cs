using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Mediator;

namespace Incidents.Application.ApiKeys.Commands.CreatePageApiKey;

/// <summary>Issues a key for the caller's own page (admin API); the key is returned only here.</summary>
public sealed record CreatePageApiKeyCommand(string? Name, string? Role) : ICommand<CreatedApiKey>;
