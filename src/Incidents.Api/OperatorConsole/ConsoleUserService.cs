using System.Security.Cryptography;
using System.Text;
using Incidents.Infrastructure.OperatorConsole;
using Microsoft.AspNetCore.Identity;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// One-time sign-in links of console users (users themselves are created by the
/// CreateConsoleUser and InviteConsoleUser commands). A link's token is random, stored only as
/// its SHA-256 (as API keys are) among the user's Identity tokens with its expiry, and removed when
/// used: it works on every instance without shared Data Protection keys and only once (ADR 111).
/// </summary>
public sealed class ConsoleUserService(UserManager<ConsoleUser> users, TimeProvider clock)
{
    public const string LinkProvider = "Incidents.Console";
    public const string LinkTokenName = "SignInLink";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    /// <summary>A new one-time token (replacing any earlier one), valid for <see cref="LinkLifetime"/>.</summary>
    public async Task<string> CreateSignInLinkAsync(ConsoleUser user)
    {
        var token = Convert
            .ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=')
            .Replace('+', '-')
            .Replace('/', '_');
        var expires = clock.GetUtcNow().Add(LinkLifetime).ToUnixTimeSeconds();
        ThrowOnFailure(
            await users.SetAuthenticationTokenAsync(
                user,
                LinkProvider,
                LinkTokenName,
                $"{Hash(token)}|{expires}"
            )
        );
        return token;
    }

    /// <summary>The user the token belongs to, once: a used, expired or wrong token gives null.</summary>
    public async Task<ConsoleUser?> RedeemSignInLinkAsync(Guid userId, string? token)
    {
        var user = await CheckSignInLinkAsync(userId, token);
        if (user is not null)
        {
            ThrowOnFailure(
                await users.RemoveAuthenticationTokenAsync(user, LinkProvider, LinkTokenName)
            );
        }

        return user;
    }

    /// <summary>The user the token belongs to while it is valid, without using it up (the invitation page shows its form only then).</summary>
    public async Task<ConsoleUser?> CheckSignInLinkAsync(Guid userId, string? token)
    {
        if (
            string.IsNullOrEmpty(token)
            || await users.FindByIdAsync(userId.ToString()) is not { } user
        )
        {
            return null;
        }

        var stored = await users.GetAuthenticationTokenAsync(user, LinkProvider, LinkTokenName);
        if (
            stored?.Split('|') is not [var hash, var expiresText]
            || !long.TryParse(expiresText, out var expires)
        )
        {
            return null;
        }

        return
            CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(hash),
                Encoding.ASCII.GetBytes(Hash(token))
            )
            && clock.GetUtcNow().ToUnixTimeSeconds() <= expires
            ? user
            : null;
    }

    private static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static void ThrowOnFailure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConsoleUserException(
                string.Join(" ", result.Errors.Select(e => e.Description))
            );
        }
    }
}
