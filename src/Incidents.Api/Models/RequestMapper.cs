using Incidents.Api.Models.Components;
using Incidents.Api.Models.Incidents;
using Incidents.Api.Models.Maintenances;
using Incidents.Api.Models.Templates;
using Incidents.Application.Components.Commands.CreateComponent;
using Incidents.Application.Components.Commands.UpdateComponent;
using Incidents.Application.Incidents.Commands.BackfillIncident;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Incidents.Application.Maintenances.Commands.CancelMaintenance;
using Incidents.Application.Maintenances.Commands.CreateMaintenance;
using Incidents.Application.Maintenances.Commands.UpdateMaintenance;
using Incidents.Application.Templates.Commands.CreateTemplate;
using Incidents.Application.Templates.Commands.UpdateTemplate;
using Riok.Mapperly.Abstractions;

namespace Incidents.Api.Models;

/// <summary>API contract models to application commands (generated at compile time by Mapperly).</summary>
[Mapper]
internal static partial class RequestMapper
{
    public static partial CreateIncidentCommand ToCommand(this IncidentCreateModel model);

    public static partial UpdateIncidentCommand ToCommand(this IncidentUpdateModel model);

    public static partial ResolveIncidentCommand ToCommand(this ResolveIncidentModel model);

    // ExternalId: set only by the importer (Statuspage original ids), not part of these routes.
    [MapperIgnoreTarget(nameof(BackfillIncidentCommand.ExternalId))]
    public static partial BackfillIncidentCommand ToCommand(this BackfillIncidentModel model);

    [MapperIgnoreTarget(nameof(CreateComponentCommand.ExternalId))]
    public static partial CreateComponentCommand ToCommand(this ComponentCreateModel model);

    public static partial UpdateComponentCommand ToCommand(this ComponentUpdateModel model);

    public static partial CreateMaintenanceCommand ToCommand(this MaintenanceCreateModel model);

    public static partial UpdateMaintenanceCommand ToCommand(this MaintenanceUpdateModel model);

    public static partial CancelMaintenanceCommand ToCommand(this CancelMaintenanceModel model);

    public static partial CreateTemplateCommand ToCommand(this TemplateCreateModel model);

    public static partial UpdateTemplateCommand ToCommand(this TemplateUpdateModel model);
}
