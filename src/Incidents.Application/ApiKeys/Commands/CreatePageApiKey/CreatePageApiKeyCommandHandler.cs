using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.ApiKeys;
using Mediator;

namespace Incidents.Application.ApiKeys.Commands.CreatePageApiKey;

public sealed class CreatePageApiKeyCommandHandler(
    IApiKeyRepository apiKeys,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreatePageApiKeyCommand, CreatedApiKey>
{
    public ValueTask<CreatedApiKey> Handle(
        CreatePageApiKeyCommand command,
        CancellationToken cancellationToken
    )
    {
        var issued = ApiKey.Issue(
            caller.PageId,
            command.Name!,
            Vocabulary<ApiKeyRole>.Parse(command.Role!),
            timeProvider.GetUtcNow()
        );
        apiKeys.Add(issued.ApiKey);
        return ValueTask.FromResult(new CreatedApiKey(issued.ApiKey.Id, issued.PlaintextKey));
    }
}
