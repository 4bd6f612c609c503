namespace Incidents.Api.OperatorConsole.Models;

public sealed record ConsoleErrorViewModel(int StatusCode, string Title, string Message);
