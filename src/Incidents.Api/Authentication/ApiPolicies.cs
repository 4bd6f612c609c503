using Incidents.Domain.ApiKeys;
using Microsoft.AspNetCore.Authorization;

namespace Incidents.Api.Authentication;

/// <summary>Each admin endpoint names one of these; a role includes the ones below it.</summary>
public static class ApiPolicies
{
    public const string Read = "Read";
    public const string Write = "Write";
    public const string Admin = "Admin";

    /// <summary>Alert receivers: an integration's token, never an API key.</summary>
    public const string Integration = "Integration";

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(
            Read,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(
                        nameof(ApiKeyRole.Read),
                        nameof(ApiKeyRole.Write),
                        nameof(ApiKeyRole.Admin)
                    )
        );
        options.AddPolicy(
            Write,
            p =>
                p.RequireAuthenticatedUser()
                    .RequireRole(nameof(ApiKeyRole.Write), nameof(ApiKeyRole.Admin))
        );
        options.AddPolicy(
            Integration,
            p =>
                p.AddAuthenticationSchemes(IntegrationTokenAuthenticationHandler.SchemeName)
                    .RequireAuthenticatedUser()
                    .RequireRole(IntegrationTokenAuthenticationHandler.Role)
        );
        options.AddPolicy(
            Admin,
            p => p.RequireAuthenticatedUser().RequireRole(nameof(ApiKeyRole.Admin))
        );
    }
}
