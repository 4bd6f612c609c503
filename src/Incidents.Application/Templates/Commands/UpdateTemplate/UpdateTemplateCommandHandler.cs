using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Templates.Commands.UpdateTemplate;

public sealed class UpdateTemplateCommandHandler(
    TemplateLoader loader,
    TemplateNameGuard nameGuard,
    AffectedComponentsGuard affectedComponentsGuard,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UpdateTemplateCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        UpdateTemplateCommand command,
        CancellationToken cancellationToken
    )
    {
        var template = await loader.LoadFromBodyAsync(command.TemplateId!.Value, cancellationToken);
        if (command.Name is not null)
        {
            await nameGuard.EnsureAvailableAsync(
                caller.PageId,
                command.Name,
                template.Id,
                cancellationToken
            );
        }

        if (command.AffectedComponents is not null)
        {
            await affectedComponentsGuard.EnsureOnPageAsync(
                caller.PageId,
                command.AffectedComponents,
                cancellationToken
            );
        }

        template.Change(
            command.Name ?? template.Name,
            command.Group ?? template.Group,
            Vocabulary<TemplateKind>.ParseOptional(command.Kind) ?? template.Kind,
            command.Title ?? template.Title,
            command.Description ?? template.Description,
            command.Status is null
                ? template.Status
                : Vocabulary<IncidentStatus>.ParseOptional(command.Status),
            command.Impact is null
                ? template.Impact
                : Vocabulary<IncidentImpact>.ParseOptional(command.Impact),
            command.AffectedComponents ?? template.AffectedComponentIds,
            command.IsNotify ?? template.Notify,
            timeProvider.GetUtcNow()
        );
        return Unit.Value;
    }
}
