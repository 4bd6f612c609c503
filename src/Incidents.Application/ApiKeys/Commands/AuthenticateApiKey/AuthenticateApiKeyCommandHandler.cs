using Incidents.Domain.ApiKeys;
using Mediator;

namespace Incidents.Application.ApiKeys.Commands.AuthenticateApiKey;

public sealed class AuthenticateApiKeyCommandHandler(
    IApiKeyRepository apiKeys,
    TimeProvider timeProvider
) : ICommandHandler<AuthenticateApiKeyCommand, AuthenticatedApiKey?>
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async ValueTask<AuthenticatedApiKey?> Handle(
        AuthenticateApiKeyCommand command,
        CancellationToken cancellationToken
    )
    {
        if (string.IsNullOrWhiteSpace(command.Key) || command.Key.Length > 512)
        {
            return null;
        }

        var key = await apiKeys.FindByHashAsync(ApiKey.ComputeHash(command.Key), cancellationToken);
        if (key is null || key.IsRevoked)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= LastUsedResolution)
        {
            key.MarkUsed(now);
        }

        return new AuthenticatedApiKey(key.Id, key.Name, key.PageId, key.Role);
    }
}
