namespace Incidents.Domain.Common;

/// <summary>
/// A business rule was broken. The message is user-facing: it becomes the envelope's Message as is.
/// </summary>
public class DomainException : Exception
{
    public DomainException() { }

    public DomainException(string message)
        : base(message) { }

    public DomainException(string message, Exception innerException)
        : base(message, innerException) { }
}
