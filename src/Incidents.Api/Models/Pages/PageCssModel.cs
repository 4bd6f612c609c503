namespace Incidents.Api.Models.Pages;

public sealed class PageCssModel
{
    /// <summary>The page's own stylesheet, at most 32 KB; url() and @import only to this origin.</summary>
    public string? Css { get; set; }
}
