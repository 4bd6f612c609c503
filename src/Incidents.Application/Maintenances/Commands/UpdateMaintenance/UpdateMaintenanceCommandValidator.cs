using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Maintenances.Common;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Commands.UpdateMaintenance;

public sealed class UpdateMaintenanceCommandValidator : AbstractValidator<UpdateMaintenanceCommand>
{
    /// <summary>Every status but Cancelled, which has its own endpoint and rule.</summary>
    public static readonly IReadOnlyList<MaintenanceStatus> UpdateStatuses =
    [
        .. Enum.GetValues<MaintenanceStatus>().Where(s => s != MaintenanceStatus.Cancelled),
    ];

    public UpdateMaintenanceCommandValidator()
    {
        MaintenanceRules.MaintenanceId(RuleFor(c => c.MaintenanceId));
        MaintenanceRules.RequiredDescription(RuleFor(c => c.Description));
        RuleFor(c => c.Status)
            .InVocabulary<UpdateMaintenanceCommand, MaintenanceStatus>("Status", UpdateStatuses);
        RuleFor(c => c)
            .Must(c => MaintenanceRules.WindowInOrder(c.ScheduledFor, c.ScheduledUntil))
            .WithMessage(Maintenance.UntilAfterForMessage);
        RuleFor(c => c.AffectedComponents).AtMostMaxComponents("AffectedComponents");
    }
}
