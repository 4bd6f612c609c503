using Mediator;

namespace Incidents.Application.Pages.Commands.CreatePage;

public sealed record CreatePageCommand(string? Slug, string? Name) : ICommand<CreatedPage>;
