using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageCss;

/// <summary>Stores the page's custom stylesheet (<see cref="Domain.Pages.Branding.CustomCss"/> rules).</summary>
public sealed record ChangePageCssCommand(string? PageSlug, string? Css)
    : ICommand<PageBrandingResult>;
