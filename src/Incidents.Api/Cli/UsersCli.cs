using System.CommandLine;
using Incidents.Api.OperatorConsole;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Domain.Pages;
using Mediator;
using Microsoft.Extensions.Options;

namespace Incidents.Api.Cli;

/// <summary>
/// <c>users create --email E --role Owner|Admin|Write|Read [--page P] [--password-stdin]</c>: a
/// console user; without a password, a one-time sign-in link (24 h) alone on the last line of
/// standard output — the way to the first owner of an install (docs/console.md). The user is
/// created by the same command as in the console, audited with the actor "cli".
/// </summary>
internal static class UsersCli
{
    public const string OwnerRole = CreateConsoleUserCommand.OwnerRole;

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
                    var command = new CreateConsoleUserCommand(
                        result.GetValue(email),
                        result.GetValue(role),
                        result.GetValue(page),
                        password,
                        ConsoleActor.Cli
                    );
                    var created = await provider.GetRequiredService<IMediator>().Send(command, ct);
                    await Console.Error.WriteLineAsync(
                        $"Created user {created.Email} ({created.UserId}), {(command.IsOwner ? OwnerRole : $"{result.GetValue(role)} on {result.GetValue(page)}")}."
                    );
                    if (created.SignInToken is not { } token)
                    {
                        Console.Out.WriteLine($"Created {created.UserId}");
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
                        Console.Out.WriteLine(
                            ConsoleLinks.SignInLink(origin, created.UserId, token)
                        );
                    }

                    return 0;
                }
                catch (Exception e)
                    when (e
                            is RequestValidationException
                                or InvalidRequestException
                                or ConsoleAccessDeniedException
                    )
                {
                    await Console.Error.WriteLineAsync($"error: {e.Message}");
                    return 2;
                }
            }
        );
        return new Command("users", "Manage console users.") { create };
    }
}
