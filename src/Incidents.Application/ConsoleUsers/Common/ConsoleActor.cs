namespace Incidents.Application.ConsoleUsers.Common;

/// <summary>
/// Who manages people: a signed-in console user (their id and email, from the session), or the
/// operator's CLI (<see cref="Cli"/>: it has the database already, so every rule lets it through).
/// </summary>
public sealed record ConsoleActor(Guid? UserId, string Name, string? RequestId = null)
{
    public static ConsoleActor Cli { get; } = new(null, "cli");

    public static ConsoleActor User(Guid userId, string email, string? requestId) =>
        new(userId, email, requestId);
}
