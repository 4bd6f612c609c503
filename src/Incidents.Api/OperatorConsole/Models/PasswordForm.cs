namespace Incidents.Api.OperatorConsole.Models;

public sealed class PasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }
}
