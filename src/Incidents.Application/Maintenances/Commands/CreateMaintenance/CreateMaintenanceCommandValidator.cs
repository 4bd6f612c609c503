using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Commands.CreateMaintenance;

public sealed class CreateMaintenanceCommandValidator : AbstractValidator<CreateMaintenanceCommand>
{
    public CreateMaintenanceCommandValidator()
    {
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Title is required.")
            .MaximumLength(Maintenance.TitleMaxLength)
            .WithMessage($"Title must be at most {Maintenance.TitleMaxLength} characters.");
        MaintenanceRules.RequiredDescription(RuleFor(c => c.Description));
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
