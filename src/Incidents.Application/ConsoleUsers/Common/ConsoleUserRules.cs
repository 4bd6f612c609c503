using Incidents.Application.Common.Exceptions;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Audit;
using Incidents.Domain.Pages;

namespace Incidents.Application.ConsoleUsers.Common;

/// <summary>
/// The rules every people-management use case shares: a page's Admin manages that page's people,
/// an owner manages everyone and alone makes owners; and where the audit entry goes (ADR 0145).
/// </summary>
public sealed class ConsoleUserRules(
    IConsoleUserDirectory directory,
    IStatusPageRepository pages,
    IAuditLog auditLog,
    TimeProvider timeProvider
)
{
    public const string NotAdminMessage =
        "Only an Admin of this page or an owner may manage its users.";
    public const string NotOwnerMessage = "Only an owner may do this.";
    public const string OwnerTargetMessage = "Owners are managed by owners.";
    public const string SelfMessage = "You cannot change your own access.";

    public async Task<bool> IsOwnerAsync(ConsoleActor actor, CancellationToken cancellationToken) =>
        actor.UserId is not { } id
        || (await directory.FindAsync(id, cancellationToken))?.IsOwner == true;

    public async Task RequireOwnerAsync(ConsoleActor actor, CancellationToken cancellationToken)
    {
        if (!await IsOwnerAsync(actor, cancellationToken))
        {
            throw new ConsoleAccessDeniedException(NotOwnerMessage);
        }
    }

    public async Task RequirePageAdminAsync(
        ConsoleActor actor,
        Guid pageId,
        CancellationToken cancellationToken
    )
    {
        if (
            !await IsOwnerAsync(actor, cancellationToken)
            && await directory.RoleOnAsync(actor.UserId!.Value, pageId, cancellationToken)
                != ApiKeyRole.Admin
        )
        {
            throw new ConsoleAccessDeniedException(NotAdminMessage);
        }
    }

    /// <summary>The target of a page-level change: an existing user other than the actor, not an owner unless an owner acts.</summary>
    public async Task<ConsoleUserSummary> RequireManageableAsync(
        ConsoleActor actor,
        Guid userId,
        CancellationToken cancellationToken
    )
    {
        var target =
            await directory.FindAsync(userId, cancellationToken)
            ?? throw new NotFoundException($"User {userId} not found.");
        if (actor.UserId == userId)
        {
            throw new InvalidRequestException(SelfMessage);
        }

        if (target.IsOwner && !await IsOwnerAsync(actor, cancellationToken))
        {
            throw new ConsoleAccessDeniedException(OwnerTargetMessage);
        }

        return target;
    }

    /// <summary>
    /// Records a change about a person on <paramref name="pageIds"/> — the pages it concerns — or,
    /// for a change of the whole install (an owner, someone without pages), on the default page.
    /// </summary>
    public async Task RecordAsync(
        ConsoleActor actor,
        string action,
        Guid targetUserId,
        IReadOnlyCollection<Guid> pageIds,
        string? details,
        CancellationToken cancellationToken
    )
    {
        var where = pageIds;
        if (where.Count == 0)
        {
            var fallback = await pages.GetBySlugAsync(StatusPage.DefaultSlug, cancellationToken);
            where = fallback is null ? [] : [fallback.Id];
        }

        var now = timeProvider.GetUtcNow();
        foreach (var pageId in where)
        {
            auditLog.Add(
                AuditEntry.Record(
                    pageId,
                    actor.UserId,
                    actor.Name,
                    action,
                    targetUserId,
                    now,
                    actor.RequestId,
                    details
                )
            );
        }
    }
}
