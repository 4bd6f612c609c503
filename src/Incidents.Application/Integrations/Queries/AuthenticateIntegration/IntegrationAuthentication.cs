namespace Incidents.Application.Integrations.Queries.AuthenticateIntegration;

/// <summary>Who is posting alerts (on success) or why they are refused (<see cref="Failure"/>).</summary>
public sealed record IntegrationAuthentication(
    Guid IntegrationId,
    Guid PageId,
    string Name,
    string Type,
    string? Failure
)
{
    public const string InvalidTokenMessage = "Invalid or missing integration token.";
    public const string InvalidSignatureMessage = "Invalid or missing signature.";

    public bool Succeeded => Failure is null;

    public static IntegrationAuthentication Refused(string failure) =>
        new(Guid.Empty, Guid.Empty, string.Empty, string.Empty, failure);
}
