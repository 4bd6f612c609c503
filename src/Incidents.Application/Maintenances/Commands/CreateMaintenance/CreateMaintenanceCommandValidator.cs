using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Commands.CreateMaintenance;

public sealed class CreateMaintenanceCommandValidator : AbstractValidator<CreateMaintenanceCommand>
{
    public CreateMaintenanceCommandValidator()
    {
        // With a template, a missing Title or Description may come from it: the domain then
        // refuses what is still missing after the merge, with the same messages.
        RuleFor(c => c.Title)
            .NotEmpty()
            .WithMessage("Title is required.")
            .When(c => c.TemplateId is null);
        RuleFor(c => c.Title)
            .MaximumLength(Maintenance.TitleMaxLength)
            .WithMessage($"Title must be at most {Maintenance.TitleMaxLength} characters.");
        RuleFor(c => c.Description)
            .NotEmpty()
            .WithMessage("Description is required.")
            .When(c => c.TemplateId is null);
        MaintenanceRules.OptionalDescription(RuleFor(c => c.Description));
        RuleFor(c => c.ScheduledFor).NotNull().WithMessage("ScheduledFor is required.");
        RuleFor(c => c.ScheduledUntil).NotNull().WithMessage("ScheduledUntil is required.");
        RuleFor(c => c)
            .Must(c => MaintenanceRules.WindowInOrder(c.ScheduledFor, c.ScheduledUntil))
            .WithMessage(Maintenance.UntilAfterForMessage);
        RuleFor(c => c.RemindBeforeMinutes)
            .InclusiveBetween(
                Maintenance.MinRemindBeforeMinutes,
                Maintenance.MaxRemindBeforeMinutes
            )
            .WithMessage(
                $"RemindBeforeMinutes must be between {Maintenance.MinRemindBeforeMinutes} and {Maintenance.MaxRemindBeforeMinutes}."
            );
        RuleFor(c => c.AffectedComponents).AtMostMaxComponents("AffectedComponents");
        When(
            c => c.Recurrence is not null,
            () =>
            {
                RuleFor(c => c.Recurrence!.Rule)
                    .Cascade(CascadeMode.Stop)
                    .NotEmpty()
                    .WithMessage("Recurrence.Rule is required.")
                    .MaximumLength(Recurrence.RuleMaxLength)
                    .WithMessage(
                        $"Recurrence.Rule must be at most {Recurrence.RuleMaxLength} characters."
                    );
                RuleFor(c => c.Recurrence!.TimeZone)
                    .NotEmpty()
                    .WithMessage("Recurrence.TimeZone is required.");
            }
        );
    }
}
