using Incidents.Application.ConsoleUsers.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.OperatorConsole;

public static class ConsoleUsersServiceCollectionExtensions
{
    /// <summary>The console's invitation mail (SMTP settings of the <c>Smtp</c> section).</summary>
    public static IServiceCollection AddConsoleInviteMail(this IServiceCollection services) =>
        services.AddScoped<IConsoleInviteMailer, ConsoleInviteMailer>();
}
