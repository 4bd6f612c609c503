using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.ApiKeys;
using Mediator;

namespace Incidents.Application.ApiKeys.Commands.RevokePageApiKey;

public sealed class RevokePageApiKeyCommandHandler(
    IApiKeyRepository apiKeys,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<RevokePageApiKeyCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        RevokePageApiKeyCommand command,
        CancellationToken cancellationToken
    )
    {
        // Scoped by page: another page's key id is simply "not found" (no existence oracle).
        var key =
            await apiKeys.GetAsync(caller.PageId, command.ApiKeyId, cancellationToken)
            ?? throw new NotFoundException($"API key {command.ApiKeyId} not found.");
        var pageKeys = await apiKeys.ListAsync(caller.PageId, cancellationToken);
        key.RevokeKeepingAnAdminKey(pageKeys, timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
