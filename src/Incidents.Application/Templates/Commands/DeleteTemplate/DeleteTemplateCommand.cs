using Mediator;

namespace Incidents.Application.Templates.Commands.DeleteTemplate;

public sealed record DeleteTemplateCommand(Guid TemplateId) : ICommand<Unit>;
