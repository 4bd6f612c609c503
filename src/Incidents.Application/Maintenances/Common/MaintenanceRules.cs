using FluentValidation;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Maintenances.Common;

/// <summary>Shape rules shared by the maintenance commands.</summary>
public static class MaintenanceRules
{
    public static void RequiredDescription<T>(IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Description is required.")
            .MaximumLength(Maintenance.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Maintenance.DescriptionMaxLength} characters."
            );

    public static void OptionalDescription<T>(IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Maintenance.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Maintenance.DescriptionMaxLength} characters."
            );

    public static void MaintenanceId<T>(IRuleBuilder<T, Guid?> rule) =>
        rule.Must(id => id is not null && id != Guid.Empty)
            .WithMessage("MaintenanceId is required.");

    /// <summary>Start and end given together or not at all would be stricter than needed: each may move alone.</summary>
    public static bool WindowInOrder(
        DateTimeOffset? scheduledFor,
        DateTimeOffset? scheduledUntil
    ) => scheduledFor is null || scheduledUntil is null || scheduledUntil > scheduledFor;
}
