using Incidents.Application.Common.Exceptions;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.CreatePage;

public sealed class CreatePageCommandHandler(
    IStatusPageRepository pages,
    IApiKeyRepository apiKeys,
    TimeProvider timeProvider
) : ICommandHandler<CreatePageCommand, CreatedPage>
{
    public async ValueTask<CreatedPage> Handle(
        CreatePageCommand command,
        CancellationToken cancellationToken
    )
    {
        if (await pages.GetBySlugAsync(command.Slug!, cancellationToken) is not null)
        {
            throw new InvalidRequestException($"A page with slug '{command.Slug}' already exists.");
        }

        var now = timeProvider.GetUtcNow();
        var page = StatusPage.Create(command.Slug!, command.Name!, now);
        pages.Add(page);
        var issued = ApiKey.Issue(page.Id, "initial", ApiKeyRole.Admin, now);
        apiKeys.Add(issued.ApiKey);
        return new CreatedPage(page.Id, page.Slug, issued.ApiKey.Id, issued.PlaintextKey);
    }
}
