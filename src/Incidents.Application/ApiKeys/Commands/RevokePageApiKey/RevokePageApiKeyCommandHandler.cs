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
        // One read: the page's keys both find this one (scoped by page: another page's key id is
        // simply "not found", no existence oracle) and tell whether another Admin key remains.
        var pageKeys = await apiKeys.ListAsync(caller.PageId, cancellationToken);
        var key =
            pageKeys.FirstOrDefault(k => k.Id == command.ApiKeyId)
            ?? throw new NotFoundException($"API key {command.ApiKeyId} not found.");
        key.RevokeKeepingAnAdminKey(pageKeys, timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
