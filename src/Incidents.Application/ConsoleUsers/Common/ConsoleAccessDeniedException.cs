namespace Incidents.Application.ConsoleUsers.Common;

/// <summary>The actor may not manage these people (not an Admin of the page, not an owner): a 403.</summary>
public sealed class ConsoleAccessDeniedException : Exception
{
    public ConsoleAccessDeniedException() { }

    public ConsoleAccessDeniedException(string message)
        : base(message) { }

    public ConsoleAccessDeniedException(string message, Exception innerException)
        : base(message, innerException) { }
}
