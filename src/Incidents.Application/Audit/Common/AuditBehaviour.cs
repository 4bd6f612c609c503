using System.Collections.Concurrent;
using System.Reflection;
using Incidents.Domain.Audit;
using Mediator;

namespace Incidents.Application.Audit.Common;

/// <summary>
/// Records every command sent on behalf of an authenticated API key, inside the unit of work (it
/// sits after <c>UnitOfWorkBehaviour</c>), so the entry commits or rolls back with the change and
/// is written again if the unit of work retries. Applying to every command rather than to a
/// marked list means a new admin mutation cannot be forgotten; a result that says it changed
/// nothing (<see cref="IMayChangeNothing"/>) is not a mutation and is not recorded.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(
    IAuditActor actor,
    IAuditLog auditLog,
    TimeProvider timeProvider
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> TargetProperties = new();

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        var response = await next(message, cancellationToken);
        if (message is IAuditedByHandler || response is IMayChangeNothing { ChangedNothing: true })
        {
            return response;
        }

        if (actor.Current is { } who)
        {
            auditLog.Add(
                AuditEntry.Record(
                    who.PageId,
                    who.ApiKeyId,
                    who.ApiKeyName,
                    ActionName(message.GetType()),
                    TargetOf(message) ?? TargetOf(response),
                    timeProvider.GetUtcNow(),
                    who.RequestId,
                    (response as IHasAuditDetails)?.AuditDetails
                )
            );
        }

        return response;
    }

    internal static string ActionName(Type commandType)
    {
        var name = commandType.Name;
        return name.EndsWith("Command", StringComparison.Ordinal)
            ? name[..^"Command".Length]
            : name;
    }

    /// <summary>The first Guid property whose name ends in "Id" (IncidentId, ComponentId, Id...) and is not marked <see cref="NotAuditTargetAttribute"/>, or the Guid itself.</summary>
    internal static Guid? TargetOf(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is Guid guid)
        {
            return guid;
        }

        var property = TargetProperties.GetOrAdd(
            value.GetType(),
            type =>
                type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p =>
                        p.Name.EndsWith("Id", StringComparison.Ordinal)
                        && (p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?))
                        && p.GetCustomAttribute<NotAuditTargetAttribute>() is null
                    )
        );
        return property?.GetValue(value) as Guid?;
    }
}
