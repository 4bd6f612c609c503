using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Incidents.Api.Common;

/// <summary>
/// Body binding failures (malformed JSON, a value of the wrong type, no body) as a 400 envelope with
/// a clear message. System.Text.Json's own texts name .NET types, so they are not passed on.
/// </summary>
internal static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context) =>
        new BadRequestObjectResult(ApiError.Envelope(Describe(context.ModelState)));

    public static string Describe(ModelStateDictionary modelState)
    {
        var (key, entry) = modelState.FirstOrDefault(e => e.Value?.Errors.Count > 0);
        var error = entry?.Errors[0];
        if (error is null)
        {
            return "The request is invalid.";
        }

        if (key.Length == 0 || key == "$" || key.Equals("body", StringComparison.OrdinalIgnoreCase))
        {
            return error.ErrorMessage.Contains("non-empty", StringComparison.OrdinalIgnoreCase)
                ? "A JSON request body is required."
                : "The request body is not valid JSON.";
        }

        // Body fields come as JSON paths ("$.IncidentId"); query and route values by name ("page").
        if (!key.StartsWith('$'))
        {
            return $"The value of '{key}' is not valid.";
        }

        var field = key.TrimStart('$', '.');
        return error.ErrorMessage.StartsWith(
            "The JSON value could not be converted",
            StringComparison.Ordinal
        )
            ? $"The value of '{field}' is not valid."
            : $"The request body is not valid JSON (at '{field}').";
    }
}
