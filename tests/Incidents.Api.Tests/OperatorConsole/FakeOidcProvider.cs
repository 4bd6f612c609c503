using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// A small OpenID Connect provider on 127.0.0.1 (real Kestrel, port 0): discovery document, JWKS,
/// an authorize endpoint that answers at once with a code for <see cref="NextUser"/>, and a token
/// endpoint that checks the code, the client secret and PKCE and returns an RS256-signed id_token.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "incidents-console";
    public const string ClientSecret = "test-client-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    private FakeOidcProvider(WebApplication app) => _app = app;

    /// <summary>Who the provider says signs in next: email and email_verified.</summary>
    public (string Email, bool Verified) NextUser { get; set; } = ("nobody@example.test", true);

    public string Issuer { get; private set; } = string.Empty;

    private int _tokensIssued;

    /// <summary>Token requests answered.</summary>
    public int TokensIssued => _tokensIssued;

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOidcProvider(app);
        provider.Map(app);
        await app.StartAsync();
        provider.Issuer = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First()
            .TrimEnd('/');
        return provider;
    }

    private void Map(WebApplication app)
    {
        app.MapGet(
            "/.well-known/openid-configuration",
            () =>
                Results.Json(
                    new Dictionary<string, object>
                    {
                        ["issuer"] = Issuer,
                        ["authorization_endpoint"] = Issuer + "/authorize",
                        ["token_endpoint"] = Issuer + "/token",
                        ["jwks_uri"] = Issuer + "/jwks",
                        ["response_types_supported"] = new[] { "code" },
                        ["subject_types_supported"] = new[] { "public" },
                        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                        ["code_challenge_methods_supported"] = new[] { "S256" },
                    }
                )
        );
        app.MapGet(
            "/jwks",
            () =>
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(
                    new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId }
                );
                return Results.Json(
                    new
                    {
                        keys = new[]
                        {
                            new Dictionary<string, string>
                            {
                                ["kty"] = "RSA",
                                ["use"] = "sig",
                                ["alg"] = "RS256",
                                ["kid"] = jwk.Kid,
                                ["n"] = jwk.N,
                                ["e"] = jwk.E,
                            },
                        },
                    }
                );
            }
        );
        app.MapGet(
            "/authorize",
            (HttpRequest request) =>
            {
                var q = request.Query;
                if (q["client_id"] != ClientId || q["response_type"] != "code")
                {
                    return Results.BadRequest();
                }

                var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
                _codes[code] = new Grant(
                    q["nonce"].ToString(),
                    q["code_challenge"].ToString(),
                    q["redirect_uri"].ToString(),
                    NextUser.Email,
                    NextUser.Verified
                );
                return Results.Redirect(
                    $"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"].ToString())}"
                );
            }
        );
        app.MapPost(
            "/token",
            async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                if (
                    form["grant_type"] != "authorization_code"
                    || !_codes.TryRemove(form["code"].ToString(), out var grant)
                    || form["redirect_uri"] != grant.RedirectUri
                    || !ClientAuthenticated(request, form)
                    || Challenge(form["code_verifier"].ToString()) != grant.CodeChallenge
                )
                {
                    return Results.BadRequest(new { error = "invalid_grant" });
                }

                Interlocked.Increment(ref _tokensIssued);
                var now = DateTime.UtcNow;
                var idToken = new JsonWebTokenHandler().CreateToken(
                    new SecurityTokenDescriptor
                    {
                        Issuer = Issuer,
                        Audience = ClientId,
                        IssuedAt = now,
                        NotBefore = now,
                        Expires = now.AddMinutes(5),
                        Claims = new Dictionary<string, object>
                        {
                            ["sub"] = "sub-" + grant.Email,
                            ["email"] = grant.Email,
                            ["email_verified"] = grant.Verified,
                            ["nonce"] = grant.Nonce,
                        },
                        SigningCredentials = new SigningCredentials(
                            _key,
                            SecurityAlgorithms.RsaSha256
                        ),
                    }
                );
                return Results.Json(
                    new
                    {
                        access_token = "opaque-access-token",
                        token_type = "Bearer",
                        expires_in = 300,
                        id_token = idToken,
                    }
                );
            }
        );
    }

    /// <summary>client_secret_post or client_secret_basic.</summary>
    private static bool ClientAuthenticated(HttpRequest request, IFormCollection form)
    {
        if (form["client_id"] == ClientId && form["client_secret"] == ClientSecret)
        {
            return true;
        }

        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Basic ", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(Convert.FromBase64String(header[6..]))
                == $"{Uri.EscapeDataString(ClientId)}:{Uri.EscapeDataString(ClientSecret)}";
    }

    private static string Challenge(string verifier) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Rsa.Dispose();
    }

    private sealed record Grant(
        string Nonce,
        string CodeChallenge,
        string RedirectUri,
        string Email,
        bool Verified
    );
}
