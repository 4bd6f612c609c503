using Incidents.Application.ConsoleUsers.Queries.ListPageUsers;
using Incidents.Domain.ApiKeys;

namespace Incidents.Application.ConsoleUsers.Common;

/// <summary>
/// The console's people as the use cases see them — without the identity library behind them
/// (ASP.NET Core Identity, in the Api), so the Application layer stays free of it. Methods that
/// Identity may refuse (duplicate email, weak password) throw
/// an InvalidRequestException with Identity's message.
/// </summary>
public interface IConsoleUserDirectory
{
    Task<ConsoleUserSummary?> FindAsync(Guid userId, CancellationToken cancellationToken);

    Task<ConsoleUserSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>A new user (no page role yet), with a password or without one (then a link signs them in).</summary>
    Task<Guid> CreateAsync(
        string email,
        bool isOwner,
        string? password,
        CancellationToken cancellationToken
    );

    /// <summary>A new one-time sign-in token (24 h), replacing any earlier one of the user.</summary>
    Task<string> IssueSignInTokenAsync(Guid userId, CancellationToken cancellationToken);

    Task<ApiKeyRole?> RoleOnAsync(Guid userId, Guid pageId, CancellationToken cancellationToken);

    /// <summary>Sets the user's role on the page; null removes it. Joins the unit of work.</summary>
    Task SetRoleAsync(
        Guid userId,
        Guid pageId,
        ApiKeyRole? role,
        CancellationToken cancellationToken
    );

    Task<IReadOnlyList<Guid>> PageIdsOfAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Owners, then everyone with a role on the page, by email.</summary>
    Task<IReadOnlyList<PageUserDto>> ListOnPageAsync(
        Guid pageId,
        CancellationToken cancellationToken
    );

    /// <summary>Deletes the user with their roles and tokens; their sessions end at the next request.</summary>
    Task DeleteAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Changes the password (checking the current one), or sets the first one.</summary>
    Task SetPasswordAsync(
        Guid userId,
        string? currentPassword,
        string newPassword,
        CancellationToken cancellationToken
    );
}
