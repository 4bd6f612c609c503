using System.CommandLine;
using Incidents.Api.OperatorConsole;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Incidents.Api.Cli;

/// <summary>
/// <c>users create --email E --role Owner|Admin|Write|Read [--page P] [--password-stdin]</c>: a
/// console user; without a password, a one-time sign-in link (24 h) alone on the last line of
/// standard output — the way to the first owner of an install (docs/console.md).
/// </summary>
internal static class UsersCli
{
    public const string OwnerRole = "Owner";

    public static Command Create(IServiceProvider services)
    {
        var email = new Option<string>("--email")
        {
            Description = "The person's email address (also their sign-in name).",
            Required = true,
        };
        var role = new Option<string>("--role")
        {
            Description = "Owner (every page and user), or Admin, Write or Read on --page.",
            Required = true,
        };
        var page = new Option<string>("--page")
        {
            Description = "Slug of the page the role applies to (default: the default page).",
            DefaultValueFactory = _ => StatusPage.DefaultSlug,
        };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read a password from standard input instead of printing a sign-in link.",
        };
        var create = new Command("create", "Create a console user.")
        {
            email,
            role,
            page,
            passwordStdin,
        };
        create.SetAction(
            async (result, ct) =>
            {
                await using var scope = services.CreateAsyncScope();
                var provider = scope.ServiceProvider;
                var roleText = result.GetValue(role)!;
                var isOwner = string.Equals(
                    roleText,
                    OwnerRole,
                    StringComparison.OrdinalIgnoreCase
                );
                ApiKeyRole? pageRole = null;
                Guid? pageId = null;
                if (!isOwner)
                {
                    if (
                        !Enum.TryParse<ApiKeyRole>(roleText, ignoreCase: true, out var parsed)
                        || !Enum.IsDefined(parsed)
                    )
                    {
                        await Console.Error.WriteLineAsync(
                            "error: Role must be one of: Owner, Admin, Write, Read."
                        );
                        return 2;
                    }

                    pageRole = parsed;
                    var slug = result.GetValue(page);
                    pageId = await provider
                        .GetRequiredService<IncidentsDbContext>()
                        .StatusPages.Where(p => p.Slug == slug)
                        .Select(p => (Guid?)p.Id)
                        .FirstOrDefaultAsync(ct);
                    if (pageId is null)
                    {
                        await Console.Error.WriteLineAsync($"error: Page '{slug}' not found.");
                        return 2;
                    }
                }

                string? password = null;
                if (result.GetValue(passwordStdin))
                {
                    password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
                    if (string.IsNullOrEmpty(password))
                    {
                        await Console.Error.WriteLineAsync("error: No password on standard input.");
                        return 2;
                    }
                }

                try
                {
                    var (user, token) = await provider
                        .GetRequiredService<ConsoleUserService>()
                        .CreateAsync(
                            result.GetValue(email)!,
                            isOwner,
                            pageId,
                            pageRole,
                            password,
                            ct
                        );
                    await Console.Error.WriteLineAsync(
                        $"Created user {user.Email} ({user.Id}), {(isOwner ? OwnerRole : $"{pageRole} on {result.GetValue(page)}")}."
                    );
                    if (token is null)
                    {
                        Console.Out.WriteLine($"Created {user.Id}");
                    }
                    else
                    {
                        await Console.Error.WriteLineAsync(
                            "Open this link within 24 hours to sign in (it works once):"
                        );
                        var origin = ConsoleLinks.Origin(
                            provider.GetRequiredService<IOptions<ConsoleOptions>>().Value,
                            provider.GetRequiredService<IConfiguration>()
                        );
                        Console.Out.WriteLine(ConsoleLinks.SignInLink(origin, user.Id, token));
                    }

                    return 0;
                }
                catch (ConsoleUserException e)
                {
                    await Console.Error.WriteLineAsync($"error: {e.Message}");
                    return 2;
                }
            }
        );
        return new Command("users", "Manage console users.") { create };
    }
}
