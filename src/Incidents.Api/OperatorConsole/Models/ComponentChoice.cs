namespace Incidents.Api.OperatorConsole.Models;

public sealed record ComponentChoice(Guid Id, string Name, string? Group, string Status);
