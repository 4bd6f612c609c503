using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Templates.Commands.DeleteTemplate;

/// <summary>Incidents made from the template keep their copied values: nothing else changes.</summary>
public sealed class DeleteTemplateCommandHandler(
    ITemplateRepository templates,
    ICurrentCaller caller
) : ICommandHandler<DeleteTemplateCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        DeleteTemplateCommand command,
        CancellationToken cancellationToken
    )
    {
        var template =
            await templates.GetAsync(caller.PageId, command.TemplateId, cancellationToken)
            ?? throw new NotFoundException(TemplateLoader.NotFoundMessage(command.TemplateId));
        templates.Remove(template);
        return Unit.Value;
    }
}
