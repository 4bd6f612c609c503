namespace Incidents.Application.ConsoleUsers.Commands.SignOnConsoleUser;

/// <param name="UserId">The user to sign in, or null with <see cref="Refusal"/> saying why.</param>
public sealed record SignOnResult(Guid? UserId, bool Created, string? Refusal)
{
    public static SignOnResult Refused(string why) => new(null, false, why);
}
