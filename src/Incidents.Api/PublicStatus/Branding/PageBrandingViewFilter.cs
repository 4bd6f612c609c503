using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Queries.GetPublicBranding;
using Incidents.Domain.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Incidents.Api.PublicStatus.Branding;

/// <summary>
/// Gives every server-rendered view its page's brand (ViewData["Brand"]) for the layout's partials
/// (_BrandHead, _BrandHeader, _BrandFooter). Runs only when a view is rendered, which the public
/// cache makes once per snapshot; an unknown page leaves the default look.
/// </summary>
internal sealed class PageBrandingViewFilter(IMediator mediator) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(
        ResultExecutingContext context,
        ResultExecutionDelegate next
    )
    {
        if (context.Result is ViewResult view)
        {
            var slug = context.RouteData.Values["slug"] as string ?? StatusPage.DefaultSlug;
            try
            {
                var branding = await mediator.Send(
                    new GetPublicBrandingQuery(slug),
                    context.HttpContext.RequestAborted
                );
                view.ViewData[PageBrandView.ViewDataKey] = new PageBrandView(slug, branding);
            }
            catch (NotFoundException)
            {
                // An unknown page (its 404 view): the default look.
            }
        }

        await next();
    }
}
