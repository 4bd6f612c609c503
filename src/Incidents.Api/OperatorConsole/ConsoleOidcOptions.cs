namespace Incidents.Api.OperatorConsole;

/// <summary>
/// OpenID Connect single sign-on of the console (section <c>Console:Oidc</c>); off unless
/// <see cref="Authority"/> and <see cref="ClientId"/> are set. docs/console.md, ADR 0147.
/// </summary>
public sealed class ConsoleOidcOptions
{
    public const string SectionName = "Console:Oidc";

    /// <summary>The authentication scheme of the provider.</summary>
    public const string Scheme = "console-oidc";

    /// <summary>The issuer URL; its /.well-known/openid-configuration is read.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Space-separated scopes; openid and email are always asked for.</summary>
    public string Scopes { get; set; } = "openid email profile";

    /// <summary>
    /// Email domains whose people may sign in without an account yet: they get one with no page
    /// role (an Admin or owner gives them one). Empty: only existing users sign in.
    /// </summary>
    public string[] AllowedDomains { get; set; } = [];

    /// <summary>The provider's name on the button: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>Metadata over https only; false only for a provider on loopback in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled =>
        !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
