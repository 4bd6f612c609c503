using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Common;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Which errors of a management form are the user's (shown on the form, 400) and which field an
/// admin-API message concerns: the form's own field names first ("Name is required.", "Url must
/// be…"), then the console's shared prefixes (<see cref="ConsoleErrorFields"/>).
/// </summary>
internal static class ConsoleManageErrors
{
    public static bool IsUserError(Exception e) =>
        e
            is RequestValidationException
                or InvalidRequestException
                or DomainException
                or NotFoundException;

    public static string FieldOf(string message, params string[] fields)
    {
        foreach (var field in fields)
        {
            if (message.StartsWith(field + " ", StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }

        var shared = ConsoleErrorFields.FieldOf(message);
        return Array.IndexOf(fields, shared) >= 0 ? shared : string.Empty;
    }
}
