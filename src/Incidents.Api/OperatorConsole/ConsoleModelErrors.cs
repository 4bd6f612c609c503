using Incidents.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Puts a refused command's messages into ModelState: every validation message (the envelope names
/// only the first) next to the field it concerns, anything else above the form.
/// </summary>
internal static class ConsoleModelErrors
{
    public static void Add(ModelStateDictionary modelState, Exception e) =>
        Add(modelState, e, ConsoleErrorFields.FieldOf);

    public static void Add(
        ModelStateDictionary modelState,
        Exception e,
        Func<string, string> fieldOf
    )
    {
        IReadOnlyList<string> messages = e is RequestValidationException { Errors.Count: > 0 } v
            ? v.Errors
            : [e.Message];
        foreach (var message in messages.Distinct())
        {
            modelState.AddModelError(fieldOf(message), message);
        }
    }
}
