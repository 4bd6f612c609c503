using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Maintenances.Common;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.CreateMaintenance;

public sealed class CreateMaintenanceCommandHandler(
    IMaintenanceRepository maintenances,
    IMaintenanceSeriesRepository series,
    IRecurrenceCalculator recurrences,
    MaintenanceSeriesPlanner planner,
    AffectedComponentsGuard affectedComponentsGuard,
    TemplateLoader templates,
    TemplatePrefill prefill,
    ComponentStatusSynchronizer componentStatuses,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateMaintenanceCommand, Guid>
{
    public async ValueTask<Guid> Handle(
        CreateMaintenanceCommand command,
        CancellationToken cancellationToken
    )
    {
        var title = command.Title;
        var description = command.Description;
        var affected = command.AffectedComponents;
        var notify = command.IsNotify;
        if (command.TemplateId is { } templateId)
        {
            var template = await templates.LoadForUseAsync(
                templateId,
                TemplateKind.Maintenance,
                cancellationToken
            );
            affected ??= await prefill.ExistingComponentsAsync(template, cancellationToken);
            notify ??= template.Notify;
            var values = new Dictionary<string, string>
            {
                [TemplatePlaceholders.Component] = await prefill.ComponentNamesAsync(
                    affected,
                    cancellationToken
                ),
                [TemplatePlaceholders.StartedAt] = TemplatePrefill.FormatTime(
                    command.ScheduledFor!.Value
                ),
                [TemplatePlaceholders.EndsAt] = TemplatePrefill.FormatTime(
                    command.ScheduledUntil!.Value
                ),
            };
            title ??= TemplatePrefill.Render(template.Title, values);
            description ??= TemplatePrefill.Render(template.Description, values);
        }

        affected ??= [];
        await affectedComponentsGuard.EnsureOnPageAsync(caller.PageId, affected, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var recurrence = command.Recurrence is { } input
            ? Recurrence.Create(input.Rule!, input.TimeZone!, input.Until)
            : null;
        if (
            recurrence is not null
            && recurrences.Check(
                recurrence,
                command.ScheduledFor!.Value,
                command.ScheduledUntil!.Value
            )
                is { } problem
        )
        {
            throw new InvalidRequestException(problem);
        }

        var maintenance = Maintenance.Schedule(
            caller.PageId,
            title ?? string.Empty,
            description ?? string.Empty,
            command.ScheduledFor!.Value,
            command.ScheduledUntil!.Value,
            affected,
            command.AutoStart ?? true,
            command.AutoComplete ?? true,
            command.RemindBeforeMinutes,
            notify ?? true,
            now,
            recurrence is null ? null : MaintenanceSeries.NewId(now),
            command.TitleTranslations,
            command.Translations
        );
        maintenances.Add(maintenance);
        if (recurrence is not null)
        {
            var owner = MaintenanceSeries.Start(maintenance, recurrence, now);
            series.Add(owner);
            await planner.EnsureNextAsync(maintenance, cancellationToken, owner);
        }

        // A window that has already begun starts at once: its components go under maintenance now.
        await componentStatuses.SynchronizeAsync(
            maintenance,
            maintenance.AffectedComponentIds,
            maintenance.Notify,
            cancellationToken
        );
        return maintenance.Id;
    }
}
