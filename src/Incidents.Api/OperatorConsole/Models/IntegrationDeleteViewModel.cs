using Incidents.Application.Integrations.Common;

namespace Incidents.Api.OperatorConsole.Models;

public sealed record IntegrationDeleteViewModel(
    ConsolePageAccess Access,
    IntegrationDto Integration
);
