namespace Incidents.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist on the caller's page: 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException() { }

    public NotFoundException(string message)
        : base(message) { }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException) { }
}
