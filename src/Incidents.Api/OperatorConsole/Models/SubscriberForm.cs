namespace Incidents.Api.OperatorConsole.Models;

/// <summary>The add-subscriber form: the fields of <c>POST /api/admin/Subscriber</c> a person needs.</summary>
public sealed class SubscriberForm
{
    public string? Type { get; set; } = "Email";

    public string? Email { get; set; }

    public string? Url { get; set; }
}
