using System.CommandLine;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Incidents.Api.Authentication;
using Incidents.Api.StatuspageCompatibility.Import;
using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Application.ApiKeys.Commands.RevokeApiKey;
using Incidents.Application.ApiKeys.Queries.ListApiKeys;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Pages.Commands.AddPageHostname;
using Incidents.Application.Pages.Commands.ChangePageLanguage;
using Incidents.Application.Pages.Commands.ChangePageTimeZone;
using Incidents.Application.Pages.Commands.CreatePage;
using Incidents.Application.Pages.Commands.RemovePageHostname;
using Incidents.Application.Pages.Common;
using Incidents.Application.Pages.Queries.ListPageHostnames;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Api.Cli;

/// <summary>
/// Operator commands through the service's own entry point, configuration and database:
/// <c>pages create|time-zone|language|hostnames|branding</c>, <c>keys create|list|revoke</c>, <c>import statuspage</c>, <c>users create</c>. Results go to standard output (a new key
/// alone on the last line); logs and errors to standard error.
/// </summary>
internal static partial class IncidentsCli
{
    private static readonly string[] Verbs = ["pages", "keys", "import", "users"];

    /// <summary>The audit trail's name for what the CLI's import does.</summary>
    public const string ImportActor = "CLI import";

    public static bool IsCliInvocation(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var root = new RootCommand("Incidents operator commands.");
        root.Subcommands.Add(PagesCommand(services));
        root.Subcommands.Add(KeysCommand(services));
        root.Subcommands.Add(ImportCommand(services));
        root.Subcommands.Add(UsersCli.Create(services));
        // Usage and parse errors go to standard error: standard output carries only results.
        return await root.Parse(args)
            .InvokeAsync(
                new InvocationConfiguration { Output = Console.Error, Error = Console.Error }
            );
    }

    private static Command PagesCommand(IServiceProvider services)
    {
        var name = new Option<string>("--name")
        {
            Description = "Display name of the page.",
            Required = true,
        };
        var slug = new Option<string>("--slug")
        {
            Description = "URL slug: lowercase letters, digits, hyphens.",
            Required = true,
        };
        var create = new Command(
            "create",
            "Create a status page and print its first (Admin) API key."
        )
        {
            name,
            slug,
        };
        create.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        var page = await mediator.Send(
                            new CreatePageCommand(result.GetValue(slug), result.GetValue(name)),
                            ct
                        );
                        await Console.Error.WriteLineAsync(
                            $"Created page '{page.Slug}' ({page.PageId}); its Admin key:"
                        );
                        Console.Out.WriteLine(page.Key);
                    }
                )
        );
        var page = new Option<string>("--page")
        {
            Description = "Slug of the page (default: the default page).",
        };
        var zone = new Option<string>("--zone")
        {
            Description = "IANA time zone, e.g. Europe/Berlin.",
            Required = true,
        };
        var timeZone = new Command(
            "time-zone",
            "Set the time zone the page shows maintenance windows in (besides UTC)."
        )
        {
            page,
            zone,
        };
        timeZone.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        var stored = await mediator.Send(
                            new ChangePageTimeZoneCommand(
                                result.GetValue(page),
                                result.GetValue(zone)
                            ),
                            ct
                        );
                        Console.Out.WriteLine(stored);
                    }
                )
        );
        var code = new Option<string>("--language")
        {
            Description = "Default language: en, de, fr, es or ja.",
            Required = true,
        };
        var language = new Command(
            "language",
            "Set the page's default language (its own text for visitors who ask for none; new subscribers' mails)."
        )
        {
            page,
            code,
        };
        language.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        var stored = await mediator.Send(
                            new ChangePageLanguageCommand(
                                result.GetValue(page) ?? StatusPage.DefaultSlug,
                                result.GetValue(code)
                            ),
                            ct
                        );
                        Console.Out.WriteLine(stored);
                    }
                )
        );
        return new Command("pages", "Manage status pages.")
        {
            create,
            timeZone,
            language,
            HostnamesCommand(services),
            AccessCommand(services),
            FeedTokenCommand(services),
            BrandingCli.Create(services),
        };
    }

    /// <summary><c>pages hostnames add|remove|list --page P [--host H]</c>: one hostname a line on standard output.</summary>
    private static Command HostnamesCommand(IServiceProvider services)
    {
        Option<string> Page() =>
            new("--page") { Description = "Slug of the page.", Required = true };
        Option<string> Host() =>
            new("--host") { Description = "Hostname, e.g. status.example.com.", Required = true };

        Command Change(
            string verb,
            string description,
            Func<string, string, ICommand<IReadOnlyList<string>>> send
        )
        {
            var page = Page();
            var host = Host();
            var command = new Command(verb, description) { page, host };
            command.SetAction(
                (result, ct) =>
                    RunAsync(
                        services,
                        async mediator =>
                        {
                            var hostnames = await mediator.Send(
                                send(result.GetValue(page)!, result.GetValue(host)!),
                                ct
                            );
                            foreach (var hostname in hostnames)
                            {
                                Console.Out.WriteLine(hostname);
                            }
                        }
                    )
            );
            return command;
        }

        var add = Change(
            "add",
            "Serve the page at the root of this hostname; prints the page's hostnames.",
            (page, host) => new AddPageHostnameCommand(page, host)
        );
        var remove = Change(
            "remove",
            "Stop serving the page at this hostname; prints the page's hostnames.",
            (page, host) => new RemovePageHostnameCommand(page, host)
        );
        var listPage = Page();
        var list = new Command("list", "Print the page's hostnames, one a line.") { listPage };
        list.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        foreach (
                            var hostname in await mediator.Send(
                                new ListPageHostnamesQuery(result.GetValue(listPage)),
                                ct
                            )
                        )
                        {
                            Console.Out.WriteLine(hostname);
                        }
                    }
                )
        );
        return new Command("hostnames", "Hostnames that serve a page at their root.")
        {
            add,
            remove,
            list,
        };
    }

    private static Command KeysCommand(IServiceProvider services)
    {
        var page = new Option<string>("--page")
        {
            Description = "Slug of the page.",
            DefaultValueFactory = _ => StatusPage.DefaultSlug,
        };
        var name = new Option<string>("--name")
        {
            Description = "A name to recognise the key by.",
            Required = true,
        };
        var role = new Option<string>("--role")
        {
            Description = "Read, Write or Admin (default Admin).",
            DefaultValueFactory = _ => "Admin",
        };
        var create = new Command("create", "Create an API key and print it (shown only once).")
        {
            page,
            name,
            role,
        };
        create.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        var key = await mediator.Send(
                            new CreateApiKeyCommand(
                                result.GetValue(page),
                                result.GetValue(name),
                                result.GetValue(role)
                            ),
                            ct
                        );
                        await Console.Error.WriteLineAsync($"Created key {key.Id}:");
                        Console.Out.WriteLine(key.Key);
                    }
                )
        );

        var list = new Command("list", "List the keys of a page (never their secrets).") { page };
        list.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        var keys = await mediator.Send(
                            new ListApiKeysQuery(result.GetValue(page)!),
                            ct
                        );
                        Console.Out.WriteLine(
                            "ID\tNAME\tPREFIX\tROLE\tCREATED\tLAST USED\tREVOKED"
                        );
                        foreach (var k in keys)
                        {
                            Console.Out.WriteLine(
                                string.Join(
                                    '\t',
                                    k.Id,
                                    k.Name,
                                    k.Prefix,
                                    k.Role,
                                    k.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                                    k.LastUsedAt?.ToString("u", CultureInfo.InvariantCulture)
                                        ?? "-",
                                    k.RevokedAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-"
                                )
                            );
                        }
                    }
                )
        );

        var id = new Option<Guid>("--id")
        {
            Description = "Id of the key (see keys list).",
            Required = true,
        };
        var revoke = new Command("revoke", "Revoke a key; it stops working on the next request.")
        {
            page,
            id,
        };
        revoke.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        await mediator.Send(
                            new RevokeApiKeyCommand(result.GetValue(page), result.GetValue(id)),
                            ct
                        );
                        Console.Out.WriteLine($"Revoked {result.GetValue(id)}");
                    }
                )
        );
        return new Command("keys", "Manage API keys.") { create, list, revoke };
    }

    /// <summary>
    /// <c>import statuspage --page P [--components F] [--incidents F]</c>: one line per item on
    /// standard output (<c>created|skipped|refused Kind original-id name [our id] [reason]</c>), then
    /// a summary; exit code 3 when something was refused.
    /// </summary>
    private static Command ImportCommand(IServiceProvider services)
    {
        var page = new Option<string>("--page")
        {
            Description = "Slug of the page to import into.",
            Required = true,
        };
        var components = new Option<FileInfo?>("--components")
        {
            Description =
                "Statuspage's components.json (or summary.json), or the Manage API's component list.",
        };
        var incidents = new Option<FileInfo?>("--incidents")
        {
            Description = "Statuspage's incidents.json, or the Manage API's incident list.",
        };
        var statuspage = new Command(
            "statuspage",
            "Import a Statuspage export: missing components and groups, past incidents as history (never notified). Running it again changes nothing."
        )
        {
            page,
            components,
            incidents,
        };
        statuspage.SetAction(
            async (result, ct) =>
            {
                var refused = false;
                var code = await RunAsync(
                    services,
                    async (mediator, scope) =>
                    {
                        var export = StatuspageExport.Read(
                            ReadJson(result.GetValue(components)),
                            ReadJson(result.GetValue(incidents))
                        );
                        var target = await scope
                            .GetRequiredService<IStatusPageRepository>()
                            .RequireBySlugAsync(result.GetValue(page), ct);
                        ActAsOperator(scope, target.Id);
                        var report = await scope
                            .GetRequiredService<StatuspageImporter>()
                            .ImportAsync(export, ct);
                        Print("created", report.Created);
                        Print("skipped", report.Skipped);
                        Print("refused", report.Refused);
                        Console.Out.WriteLine(
                            $"Import finished: {report.Created.Count} created, {report.Skipped.Count} skipped, {report.Refused.Count} refused."
                        );
                        refused = report.Refused.Count > 0;
                    }
                );
                return code == 0 && refused ? 3 : code;
            }
        );
        return new Command("import", "Import from another status page.") { statuspage };
    }

    private static JsonElement? ReadJson(FileInfo? file)
    {
        if (file is null)
        {
            return null;
        }

        if (!file.Exists)
        {
            throw new InvalidRequestException($"File '{file.FullName}' not found.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidRequestException($"File '{file.Name}' is not valid JSON.");
        }
    }

    private static void Print(string outcome, IReadOnlyList<StatuspageImportItem> items)
    {
        foreach (var item in items)
        {
            Console.Out.WriteLine(
                string.Join(
                        '\t',
                        new[]
                        {
                            outcome,
                            item.Kind,
                            item.OriginalId,
                            item.Name,
                            item.Id?.ToString() ?? string.Empty,
                            item.Reason ?? string.Empty,
                        }
                    )
                    .TrimEnd('\t')
            );
        }
    }

    /// <summary>
    /// The commands an import sends are page-scoped and audited like the admin API's: in the CLI the
    /// caller is the page's operator (an Admin without a key, named <see cref="ImportActor"/>).
    /// </summary>
    private static void ActAsOperator(IServiceProvider scope, Guid pageId)
    {
        Claim[] claims =
        [
            new(ApiKeyDefaults.ApiKeyIdClaim, Guid.Empty.ToString()),
            new(ApiKeyDefaults.PageIdClaim, pageId.ToString()),
            new(ClaimTypes.Name, ImportActor),
            new(ClaimTypes.Role, nameof(ApiKeyRole.Admin)),
        ];
        scope.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope,
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Cli")),
        };
    }

    internal static Task<int> RunAsync(IServiceProvider services, Func<IMediator, Task> action) =>
        RunAsync(services, (mediator, _) => action(mediator));

    private static async Task<int> RunAsync(
        IServiceProvider services,
        Func<IMediator, IServiceProvider, Task> action
    )
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await action(
                scope.ServiceProvider.GetRequiredService<IMediator>(),
                scope.ServiceProvider
            );
            return 0;
        }
        catch (Exception e)
            when (e
                    is RequestValidationException
                        or InvalidRequestException
                        or NotFoundException
                        or DomainException
            )
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
