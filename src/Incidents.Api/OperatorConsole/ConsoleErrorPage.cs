using Incidents.Api.OperatorConsole.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// An error answered as a page in the console's layout (never the API's JSON envelope), from a
/// controller, a filter or the status-code pages of /admin.
/// </summary>
internal static class ConsoleErrorPage
{
    public const string ViewPath = "~/Views/Console/Error.cshtml";

    /// <summary>Where the status-code pages re-execute an empty error under /admin; '_' is never a page slug.</summary>
    public const string ReExecutePath = "/admin/_error/{0}";

    /// <summary>The same words whether the page or the incident does not exist or the user has no role on it.</summary>
    public const string NotFoundMessage =
        "There is nothing at this address, or you have no access to it.";

    public static ViewResult Result(HttpContext context, int statusCode, string? message = null)
    {
        var viewData = new ViewDataDictionary<ConsoleErrorViewModel>(
            context.RequestServices.GetRequiredService<IModelMetadataProvider>(),
            new ModelStateDictionary()
        )
        {
            Model = new ConsoleErrorViewModel(
                statusCode,
                TitleOf(statusCode),
                message ?? MessageOf(statusCode)
            ),
        };
        // The page's navigation only for a user with a role on it (set by the claims transformation).
        viewData["Access"] = context.Items[typeof(ConsolePageAccess)];
        return new ViewResult
        {
            ViewName = ViewPath,
            ViewData = viewData,
            StatusCode = statusCode,
        };
    }

    private static string TitleOf(int statusCode) =>
        statusCode switch
        {
            StatusCodes.Status400BadRequest => "Request refused",
            StatusCodes.Status401Unauthorized => "Signed out",
            StatusCodes.Status403Forbidden => "Not allowed",
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status409Conflict => "Still being processed",
            StatusCodes.Status422UnprocessableEntity => "Already submitted",
            StatusCodes.Status429TooManyRequests => "Too many requests",
            >= 500 => "Something went wrong",
            _ => "Request refused",
        };

    private static string MessageOf(int statusCode) =>
        statusCode switch
        {
            StatusCodes.Status400BadRequest =>
                "The form could not be accepted (it may have expired). Reload the page and try again.",
            StatusCodes.Status401Unauthorized => "Your session has ended. Sign in again.",
            StatusCodes.Status403Forbidden => "Your role on this page does not allow this.",
            StatusCodes.Status404NotFound => NotFoundMessage,
            StatusCodes.Status429TooManyRequests =>
                "Too many requests. Wait a moment and try again.",
            >= 500 => "The service could not complete this request. Try again in a moment.",
            _ => "The request could not be processed.",
        };
}
