using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// The console's OpenID Connect sign-in (authorization code with PKCE, Microsoft's handler): the
/// provider's answer lands in Identity's external cookie, and <c>ConsoleSingleSignOnController</c>
/// matches its verified email to a console user (ADR 0147).
/// </summary>
internal static class ConsoleOidcSetup
{
    public const string CallbackPath = "/admin/signin/oidc/callback";

    public static void AddConsoleOidc(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ConsoleOidcOptions.SectionName);
        builder.Services.Configure<ConsoleOidcOptions>(section);
        var options = section.Get<ConsoleOidcOptions>() ?? new ConsoleOidcOptions();
        if (!options.Enabled)
        {
            return;
        }

        new AuthenticationBuilder(builder.Services).AddOpenIdConnect(
            ConsoleOidcOptions.Scheme,
            options.DisplayName,
            o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = options.Authority;
                o.ClientId = options.ClientId;
                o.ClientSecret = options.ClientSecret;
                o.RequireHttpsMetadata = options.RequireHttpsMetadata;
                o.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back in the query: a top-level GET, so the correlation and nonce
                // cookies can be SameSite=Lax like the console's own.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.CallbackPath = CallbackPath;
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.Scope.Clear();
                foreach (
                    var scope in ("openid email " + options.Scopes)
                        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Distinct(StringComparer.Ordinal)
                )
                {
                    o.Scope.Add(scope);
                }

                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // A refusal by the provider (or a bad answer) lands on the sign-in page, not a 500.
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/admin/signin?sso=failed");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            }
        );
    }
}
