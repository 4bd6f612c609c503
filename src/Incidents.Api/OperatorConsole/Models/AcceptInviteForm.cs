namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The invitation page's form: the link's user and token, and an optional first password.</summary>
public sealed class AcceptInviteForm
{
    public Guid User { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }
}
