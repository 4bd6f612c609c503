using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Microsoft.AspNetCore.Identity;

namespace Incidents.Infrastructure.PageAccess;

/// <summary>
/// ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted, its
/// iteration count and format versioned in the hash): maintained by the framework, so a stronger
/// default later is a rehash, not our code (ADR 0120).
/// </summary>
internal sealed class PagePasswordHasher : IPagePasswordHasher
{
    private static readonly PasswordHasher<StatusPage> Hasher = new();

    // The hasher ignores the user argument; the page is not needed to hash or verify.
    public string Hash(string password) => Hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password)
            is PasswordVerificationResult.Success
                or PasswordVerificationResult.SuccessRehashNeeded;
}
