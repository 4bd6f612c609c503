using System.Security.Cryptography;
using System.Text;
using Incidents.Domain.ApiKeys;
using Incidents.Infrastructure.OperatorConsole;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Creates console users and their one-time sign-in links. A link's token is random, stored only as
/// its SHA-256 (as API keys are) among the user's Identity tokens with its expiry, and removed when
/// used: it works on every instance without shared Data Protection keys and only once (ADR 111).
/// </summary>
public sealed class ConsoleUserService(
    UserManager<ConsoleUser> users,
    IncidentsDbContext db,
    TimeProvider clock
)
{
    public const string LinkProvider = "Incidents.Console";
    public const string LinkTokenName = "SignInLink";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    /// <summary>Creates a user (owner, or with a role on one page) and, without a password, a one-time sign-in token.</summary>
    public async Task<(ConsoleUser User, string? LinkToken)> CreateAsync(
        string email,
        bool isOwner,
        Guid? pageId,
        ApiKeyRole? role,
        string? password,
        CancellationToken cancellationToken
    )
    {
        var user = new ConsoleUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            IsOwner = isOwner,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = password is null
            ? await users.CreateAsync(user)
            : await users.CreateAsync(user, password);
        ThrowOnFailure(created);
        if (pageId is { } page && role is { } r)
        {
            db.ConsoleMemberships.Add(
                new ConsoleMembership
                {
                    UserId = user.Id,
                    PageId = page,
                    Role = r,
                }
            );
            await db.SaveChangesAsync(cancellationToken);
        }

        return (user, password is null ? await CreateSignInLinkAsync(user) : null);
    }

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

        if (
            !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(hash),
                Encoding.ASCII.GetBytes(Hash(token))
            )
            || clock.GetUtcNow().ToUnixTimeSeconds() > expires
        )
        {
            return null;
        }

        ThrowOnFailure(
            await users.RemoveAuthenticationTokenAsync(user, LinkProvider, LinkTokenName)
        );
        return user;
    }

    public Task<ConsoleUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(cancellationToken);

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
