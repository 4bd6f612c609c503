using Mediator;

namespace Incidents.Application.PublicStatus.Queries.GetPublicMaintenance;

/// <summary>One maintenance of the page with this slug (its permalink); another page's is not found.</summary>
public sealed record GetPublicMaintenanceQuery(string Slug, Guid MaintenanceId)
    : IQuery<PublicMaintenancePageDto>;
