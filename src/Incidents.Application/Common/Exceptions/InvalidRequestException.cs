namespace Incidents.Application.Common.Exceptions;

/// <summary>
/// The request is well-formed but cannot be carried out (e.g. it refers to an incident the caller's
/// page does not have — the seed answers those with 400 "Incident ID not found."): 400.
/// </summary>
public sealed class InvalidRequestException : Exception
{
    public InvalidRequestException() { }

    public InvalidRequestException(string message)
        : base(message) { }

    public InvalidRequestException(string message, Exception innerException)
        : base(message, innerException) { }
}
