using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Templates.Commands.CreateTemplate;

public sealed class CreateTemplateCommandHandler(
    ITemplateRepository templates,
    TemplateNameGuard nameGuard,
    AffectedComponentsGuard affectedComponentsGuard,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateTemplateCommand, Guid>
{
    public async ValueTask<Guid> Handle(
        CreateTemplateCommand command,
        CancellationToken cancellationToken
    )
    {
        await nameGuard.EnsureAvailableAsync(caller.PageId, command.Name!, null, cancellationToken);
        var affected = command.AffectedComponents ?? [];
        await affectedComponentsGuard.EnsureOnPageAsync(caller.PageId, affected, cancellationToken);
        var template = Template.Create(
            caller.PageId,
            command.Name!,
            command.Group,
            Vocabulary<TemplateKind>.ParseOptional(command.Kind) ?? TemplateKind.Incident,
            command.Title,
            command.Description,
            Vocabulary<IncidentStatus>.ParseOptional(command.Status),
            Vocabulary<IncidentImpact>.ParseOptional(command.Impact),
            affected,
            command.IsNotify,
            timeProvider.GetUtcNow()
        );
        templates.Add(template);
        return template.Id;
    }
}
