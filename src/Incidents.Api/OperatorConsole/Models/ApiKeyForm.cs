namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The create-key form: the fields of <c>POST /api/admin/ApiKey</c>.</summary>
public sealed class ApiKeyForm
{
    public string? Name { get; set; }

    public string? Role { get; set; }
}
