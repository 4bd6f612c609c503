namespace Incidents.Application.Common.Exceptions;

/// <summary>Input failed its shape checks (FluentValidation). The first failure is the envelope's message.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException()
        : this([]) { }

    public RequestValidationException(string message)
        : this([message]) { }

    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public RequestValidationException(IReadOnlyList<string> errors)
        : base(errors.Count > 0 ? errors[0] : "The request is invalid.") => Errors = errors;

    public IReadOnlyList<string> Errors { get; }
}
