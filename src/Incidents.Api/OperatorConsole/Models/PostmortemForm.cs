namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The postmortem draft (<c>PUT /api/admin/Incident/{id}/Postmortem</c>).</summary>
public sealed class PostmortemForm
{
    public string? Body { get; set; }

    /// <summary>"preview" re-renders the form with the text's preview instead of saving.</summary>
    public string? Action { get; set; }
}
