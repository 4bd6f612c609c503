namespace Incidents.Client;

/// <summary>
/// The service answered with an error status. <see cref="Exception.Message"/> is the envelope's
/// Message when the answer had one ("Title is required.", "Incident already resolved.").
/// </summary>
public class IncidentsApiException : Exception
{
    public IncidentsApiException(
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        Exception? innerException
    )
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    public IncidentsApiException()
        : this(
            "The Incidents API answered with an error.",
            0,
            null,
            new Dictionary<string, IEnumerable<string>>(),
            null
        ) { }

    public IncidentsApiException(string message)
        : this(message, 0, null, new Dictionary<string, IEnumerable<string>>(), null) { }

    public IncidentsApiException(string message, Exception innerException)
        : this(message, 0, null, new Dictionary<string, IEnumerable<string>>(), innerException) { }

    /// <summary>The HTTP status code (400, 401, 404, 429...).</summary>
    public int StatusCode { get; }

    /// <summary>The response body as received.</summary>
    public string? Response { get; }

    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
}
