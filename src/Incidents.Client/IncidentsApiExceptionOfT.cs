namespace Incidents.Client;

/// <summary>An error answer with a documented body: <see cref="Result"/> is the parsed envelope.</summary>
public class IncidentsApiException<TResult> : IncidentsApiException
{
    public IncidentsApiException(
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        TResult result,
        Exception? innerException
    )
        : base(
            result is ApiErrorResponse { Message.Length: > 0 } envelope
                ? envelope.Message
                : message,
            statusCode,
            response,
            headers,
            innerException
        ) => Result = result;

    public TResult Result { get; }
}
