using Mediator;

namespace Incidents.Application.ApiKeys.Commands.CreateApiKey;

/// <summary>Issues a key for the page with <paramref name="PageSlug"/> (operator CLI).</summary>
/// <param name="Role">Read, Write or Admin; defaults to Admin.</param>
public sealed record CreateApiKeyCommand(string? PageSlug, string? Name, string? Role)
    : ICommand<CreatedApiKey>;
