namespace Incidents.Api.OperatorConsole.Models;

public sealed class InviteForm
{
    public string? Email { get; set; }

    public string? Role { get; set; }
}
