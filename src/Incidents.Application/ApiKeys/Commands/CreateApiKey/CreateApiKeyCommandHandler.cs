using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Pages.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.ApiKeys.Commands.CreateApiKey;

public sealed class CreateApiKeyCommandHandler(
    IStatusPageRepository pages,
    IApiKeyRepository apiKeys,
    TimeProvider timeProvider
) : ICommandHandler<CreateApiKeyCommand, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(
        CreateApiKeyCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await pages.RequireBySlugAsync(command.PageSlug, cancellationToken);
        var issued = ApiKey.Issue(
            page.Id,
            command.Name!,
            Vocabulary<ApiKeyRole>.ParseOptional(command.Role) ?? ApiKeyRole.Admin,
            timeProvider.GetUtcNow()
        );
        apiKeys.Add(issued.ApiKey);
        return new CreatedApiKey(issued.ApiKey.Id, issued.PlaintextKey);
    }
}
