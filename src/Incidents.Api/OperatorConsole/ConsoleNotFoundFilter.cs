using Incidents.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Under /admin, a query's "not found" (an unknown incident id, or one of another page) is the
/// console's 404 page with the same words as an unknown page, not the API's JSON envelope.
/// </summary>
internal sealed class ConsoleNotFoundFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (
            context.Exception is NotFoundException
            && context.HttpContext.Request.Path.StartsWithSegments("/admin")
        )
        {
            context.Result = ConsoleErrorPage.Result(
                context.HttpContext,
                StatusCodes.Status404NotFound
            );
            context.ExceptionHandled = true;
        }
    }
}
