using Incidents.Api.Models.Components;
using Incidents.Api.Models.Incidents;
using Incidents.Application.Components.Commands.CreateComponent;
using Incidents.Application.Components.Commands.UpdateComponent;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Riok.Mapperly.Abstractions;

namespace Incidents.Api.Models;

/// <summary>API contract models to application commands (generated at compile time by Mapperly).</summary>
[Mapper]
internal static partial class RequestMapper
{
    public static partial CreateIncidentCommand ToCommand(this IncidentCreateModel model);

    public static partial UpdateIncidentCommand ToCommand(this IncidentUpdateModel model);

    public static partial ResolveIncidentCommand ToCommand(this ResolveIncidentModel model);

    public static partial CreateComponentCommand ToCommand(this ComponentCreateModel model);

    public static partial UpdateComponentCommand ToCommand(this ComponentUpdateModel model);
}
