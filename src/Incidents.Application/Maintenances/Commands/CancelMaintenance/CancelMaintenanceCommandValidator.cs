using FluentValidation;
using Incidents.Application.Maintenances.Common;

namespace Incidents.Application.Maintenances.Commands.CancelMaintenance;

public sealed class CancelMaintenanceCommandValidator : AbstractValidator<CancelMaintenanceCommand>
{
    public CancelMaintenanceCommandValidator()
    {
        MaintenanceRules.MaintenanceId(RuleFor(c => c.MaintenanceId));
        MaintenanceRules.OptionalDescription(RuleFor(c => c.Description));
    }
}
