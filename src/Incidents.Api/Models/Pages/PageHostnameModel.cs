namespace Incidents.Api.Models.Pages;

public sealed class PageHostnameModel
{
    /// <summary>A DNS name such as status.example.com: no scheme, port or path.</summary>
    public string? Hostname { get; set; }
}
