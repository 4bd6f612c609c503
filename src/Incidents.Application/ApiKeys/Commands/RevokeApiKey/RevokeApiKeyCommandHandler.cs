using Incidents.Application.Common.Exceptions;
using Incidents.Application.Pages.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ApiKeys.Commands.RevokeApiKey;

public sealed class RevokeApiKeyCommandHandler(
    IStatusPageRepository pages,
    IApiKeyRepository apiKeys,
    TimeProvider timeProvider
) : ICommandHandler<RevokeApiKeyCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        RevokeApiKeyCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(command.PageSlug, cancellationToken);
        var key =
            await apiKeys.GetAsync(page.Id, command.ApiKeyId, cancellationToken)
            ?? throw new NotFoundException($"API key {command.ApiKeyId} not found.");
        key.Revoke(timeProvider.GetUtcNow());
        return Unit.Value;
    }
}
