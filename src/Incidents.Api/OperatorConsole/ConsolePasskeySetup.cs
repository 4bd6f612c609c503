using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Passkey sign-in with ASP.NET Core Identity's own WebAuthn support (SignInManager's passkey
/// methods, the AspNetUserPasskeys table). The relying party and the accepted origins follow
/// Console:PublicUrl unless Console:Passkeys says otherwise (ADR 140).
/// </summary>
internal static class ConsolePasskeySetup
{
    /// <summary>The short-lived cookie that carries a ceremony's challenge from its options to its answer.</summary>
    public const string CeremonyCookieName = "incidents.console.passkey";

    public static void AddConsolePasskeys(this IServiceCollection services, ConsoleOptions options)
    {
        var (domain, origins) = Resolve(options);
        services.Configure<IdentityPasskeyOptions>(o =>
        {
            o.ServerDomain = domain;
            if (origins.Count > 0)
            {
                o.ValidateOrigin = context =>
                    ValueTask.FromResult(!context.CrossOrigin && origins.Contains(context.Origin));
            }
        });
        // Identity keeps the ceremony state (challenge, user) in its two-factor cookie, which the
        // console does not otherwise use: scope it to the console.
        services.Configure<CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme,
            o =>
            {
                o.Cookie.Name = CeremonyCookieName;
                o.Cookie.Path = "/admin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
        );
    }

    /// <summary>The relying party id and the allowed origins (empty: Identity's default, the request's own origin).</summary>
    internal static (string? Domain, IReadOnlySet<string> Origins) Resolve(ConsoleOptions options)
    {
        var passkeys = options.Passkeys;
        Uri? publicUrl = Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var parsed)
            ? parsed
            : null;
        var domain = string.IsNullOrWhiteSpace(passkeys.ServerDomain)
            ? publicUrl?.Host
            : passkeys.ServerDomain.Trim();
        var origins = passkeys
            .Origins.Where(o => !string.IsNullOrWhiteSpace(o))
            .Select(o => o.Trim().TrimEnd('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (origins.Count == 0 && publicUrl is not null)
        {
            origins.Add(publicUrl.GetLeftPart(UriPartial.Authority));
        }

        return (domain, origins);
    }
}
