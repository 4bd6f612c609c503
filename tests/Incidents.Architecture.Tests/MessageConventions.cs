using Mediator;

namespace Incidents.Architecture.Tests;

/// <summary>Checks the use-case conventions on any set of types and says what is wrong, type by type.</summary>
internal static class MessageConventions
{
    private static readonly (Type Handler, Type Message, string Folder, string Suffix)[] Kinds =
    [
        (typeof(ICommandHandler<,>), typeof(ICommand<>), "Commands", "CommandHandler"),
        (typeof(IQueryHandler<,>), typeof(IQuery<>), "Queries", "QueryHandler"),
    ];

    public static IReadOnlyList<Type> Handlers(IEnumerable<Type> types) =>
        types.Where(t => Kinds.Any(k => Implements(t, k.Handler))).ToList();

    public static IReadOnlyList<Type> Messages(IEnumerable<Type> types) =>
        types.Where(t => Kinds.Any(k => Implements(t, k.Message))).ToList();

    /// <summary>A handler lives in <c>...Commands.{UseCase}</c> (or <c>...Queries.{UseCase}</c>), beside its message.</summary>
    public static IReadOnlyList<string> HandlerViolations(IEnumerable<Type> types)
    {
        var violations = new List<string>();
        foreach (var handler in Handlers(types))
        {
            foreach (var kind in Kinds.Where(k => Implements(handler, k.Handler)))
            {
                if (!handler.Name.EndsWith(kind.Suffix, StringComparison.Ordinal))
                {
                    violations.Add($"{handler.FullName}: name should end with {kind.Suffix}.");
                    continue;
                }

                var useCase = handler.Name[..^kind.Suffix.Length];
                var folder = $".{kind.Folder}.{useCase}";
                if (handler.Namespace?.EndsWith(folder, StringComparison.Ordinal) != true)
                {
                    violations.Add($"{handler.FullName}: namespace should end with {folder}.");
                }

                foreach (var message in HandledMessages(handler, kind.Handler))
                {
                    if (message.Namespace != handler.Namespace)
                    {
                        violations.Add(
                            $"{handler.FullName}: its message {message.FullName} is in another namespace."
                        );
                    }
                }
            }
        }

        return violations;
    }

    /// <summary>Every command and query is a sealed record.</summary>
    public static IReadOnlyList<string> MessageViolations(IEnumerable<Type> types) =>
        Messages(types)
            .Where(t => !(t.IsSealed && IsRecord(t)))
            .Select(t => $"{t.FullName}: should be a sealed record.")
            .ToList();

    // The compiler gives every record class a hidden clone method with this unspeakable name.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static bool Implements(Type type, Type openInterface) =>
        type is { IsInterface: false }
        && type.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);

    private static IEnumerable<Type> HandledMessages(Type handler, Type openInterface) =>
        handler
            .GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface)
            .Select(i => i.GetGenericArguments()[0]);
}
