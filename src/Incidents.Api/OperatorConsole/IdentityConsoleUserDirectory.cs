using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Application.ConsoleUsers.Queries.ListPageUsers;
using Incidents.Domain.ApiKeys;
using Incidents.Infrastructure.OperatorConsole;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// <see cref="IConsoleUserDirectory"/> on ASP.NET Core Identity and the service's database: the
/// use cases in the Application layer never see Identity's types (ADR 0145). Identity saves users
/// itself; roles (memberships) join the command's unit of work.
/// </summary>
internal sealed class IdentityConsoleUserDirectory(
    UserManager<ConsoleUser> users,
    ConsoleUserService consoleUsers,
    IncidentsDbContext db,
    TimeProvider clock
) : IConsoleUserDirectory
{
    public async Task<ConsoleUserSummary?> FindAsync(
        Guid userId,
        CancellationToken cancellationToken
    ) => await SummaryAsync(await users.FindByIdAsync(userId.ToString()));

    public async Task<ConsoleUserSummary?> FindByEmailAsync(
        string email,
        CancellationToken cancellationToken
    ) => await SummaryAsync(await users.FindByEmailAsync(email.Trim()));

    public async Task<Guid> CreateAsync(
        string email,
        bool isOwner,
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
        ThrowOnFailure(
            password is null
                ? await users.CreateAsync(user)
                : await users.CreateAsync(user, password)
        );
        return user.Id;
    }

    public async Task<string> IssueSignInTokenAsync(
        Guid userId,
        CancellationToken cancellationToken
    ) => await consoleUsers.CreateSignInLinkAsync(await RequireAsync(userId));

    public async Task<ApiKeyRole?> RoleOnAsync(
        Guid userId,
        Guid pageId,
        CancellationToken cancellationToken
    ) =>
        await db
            .ConsoleMemberships.Where(m => m.UserId == userId && m.PageId == pageId)
            .Select(m => (ApiKeyRole?)m.Role)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task SetRoleAsync(
        Guid userId,
        Guid pageId,
        ApiKeyRole? role,
        CancellationToken cancellationToken
    )
    {
        var membership = await db.ConsoleMemberships.FirstOrDefaultAsync(
            m => m.UserId == userId && m.PageId == pageId,
            cancellationToken
        );
        if (role is not { } r)
        {
            if (membership is not null)
            {
                db.ConsoleMemberships.Remove(membership);
            }

            return;
        }

        if (membership is null)
        {
            db.ConsoleMemberships.Add(
                new ConsoleMembership
                {
                    UserId = userId,
                    PageId = pageId,
                    Role = r,
                }
            );
        }
        else
        {
            membership.Role = r;
        }
    }

    public async Task<IReadOnlyList<Guid>> PageIdsOfAsync(
        Guid userId,
        CancellationToken cancellationToken
    ) =>
        await db
            .ConsoleMemberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => m.PageId)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PageUserDto>> ListOnPageAsync(
        Guid pageId,
        CancellationToken cancellationToken
    )
    {
        var owners = await db
            .Users.AsNoTracking()
            .Where(u => u.IsOwner)
            .Select(u => new
            {
                u.Id,
                u.Email,
                Role = "Owner",
                Invited = u.PasswordHash == null,
            })
            .ToListAsync(cancellationToken);
        var members = await db
            .ConsoleMemberships.AsNoTracking()
            .Where(m => m.PageId == pageId)
            .Join(
                db.Users.Where(u => !u.IsOwner),
                m => m.UserId,
                u => u.Id,
                (m, u) =>
                    new
                    {
                        u.Id,
                        u.Email,
                        m.Role,
                        Invited = u.PasswordHash == null,
                    }
            )
            .ToListAsync(cancellationToken);
        return
        [
            .. owners
                .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
                .Select(u => new PageUserDto(u.Id, u.Email ?? string.Empty, u.Role, u.Invited)),
            .. members
                .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
                .Select(u => new PageUserDto(
                    u.Id,
                    u.Email ?? string.Empty,
                    u.Role.ToString(),
                    u.Invited
                )),
        ];
    }

    public async Task DeleteAsync(Guid userId, CancellationToken cancellationToken) =>
        ThrowOnFailure(await users.DeleteAsync(await RequireAsync(userId)));

    public async Task SetPasswordAsync(
        Guid userId,
        string? currentPassword,
        string newPassword,
        CancellationToken cancellationToken
    )
    {
        var user = await RequireAsync(userId);
        ThrowOnFailure(
            currentPassword is null
                ? await users.AddPasswordAsync(user, newPassword)
                : await users.ChangePasswordAsync(user, currentPassword, newPassword)
        );
    }

    private async Task<ConsoleUser> RequireAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString())
        ?? throw new NotFoundException($"User {userId} not found.");

    private async Task<ConsoleUserSummary?> SummaryAsync(ConsoleUser? user) =>
        user is null
            ? null
            : new ConsoleUserSummary(
                user.Id,
                user.Email ?? string.Empty,
                user.IsOwner,
                await users.HasPasswordAsync(user)
            );

    /// <summary>Identity's refusal (duplicate email, short password…) in its own words: a 400 for the user.</summary>
    private static void ThrowOnFailure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidRequestException(
                string.Join(" ", result.Errors.Select(e => e.Description))
            );
        }
    }
}
