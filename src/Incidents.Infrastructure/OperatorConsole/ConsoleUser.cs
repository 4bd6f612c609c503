using Microsoft.AspNetCore.Identity;

namespace Incidents.Infrastructure.OperatorConsole;

/// <summary>
/// A person who signs in to the operator console (ASP.NET Core Identity's user, keyed by a Guid).
/// The email is also the user name. An owner manages every page and every user of the install.
/// </summary>
public sealed class ConsoleUser : IdentityUser<Guid>
{
    public bool IsOwner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
