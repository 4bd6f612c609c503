using System.CommandLine;
using Incidents.Application.Pages.Commands.ChangePageAccess;
using Incidents.Application.Pages.Commands.ReplacePageFeedToken;
using Incidents.Application.Pages.Commands.RevokePageFeedToken;
using Incidents.Application.Pages.Common;
using Incidents.Application.Pages.Queries.GetPageAccess;

namespace Incidents.Api.Cli;

/// <summary>
/// <c>pages access show|set</c> and <c>pages feed-token new|revoke</c> (issue 15): the same
/// commands as the admin API's /api/admin/Page/Access and /FeedToken, for a page named by slug.
/// </summary>
internal static partial class IncidentsCli
{
    private static Option<string> AccessPage() =>
        new("--page") { Description = "Slug of the page.", Required = true };

    /// <summary>Prints the access settings, one "Name: value" a line (lists comma-separated).</summary>
    private static void PrintAccess(PageAccessDto access)
    {
        Console.Out.WriteLine($"Visibility: {access.Visibility}");
        Console.Out.WriteLine($"HasPassword: {access.HasPassword}");
        Console.Out.WriteLine($"AllowedSignIns: {string.Join(",", access.AllowedSignIns)}");
        Console.Out.WriteLine($"IpAllowList: {string.Join(",", access.IpAllowList)}");
        Console.Out.WriteLine($"HasFeedToken: {access.HasFeedToken}");
    }

    private static Command AccessCommand(IServiceProvider services)
    {
        var showPage = AccessPage();
        var show = new Command("show", "Print who may read the page.") { showPage };
        show.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                        PrintAccess(
                            await mediator.Send(
                                new GetPageAccessQuery(result.GetValue(showPage)),
                                ct
                            )
                        )
                )
        );

        var page = AccessPage();
        var visibility = new Option<string>("--visibility")
        {
            Description = "Public, Password or Restricted.",
            Required = true,
        };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            // Not an argument: command lines end up in shell histories and process lists.
            Description =
                "Read the page's new shared password from the first line of standard input.",
        };
        var allow = new Option<string[]>("--allow")
        {
            Description =
                "Restricted: an email address or domain that may sign in (repeat the option).",
            AllowMultipleArgumentsPerToken = true,
        };
        var ipAllow = new Option<string[]>("--ip-allow")
        {
            Description =
                "A CIDR range that reads the page without signing in (repeat the option).",
            AllowMultipleArgumentsPerToken = true,
        };
        var set = new Command("set", "Set who may read the page; prints the result.")
        {
            page,
            visibility,
            passwordStdin,
            allow,
            ipAllow,
        };
        set.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                    {
                        var password = result.GetValue(passwordStdin)
                            ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r')
                            : null;
                        PrintAccess(
                            await mediator.Send(
                                new ChangePageAccessCommand(
                                    result.GetValue(page),
                                    result.GetValue(visibility),
                                    password,
                                    result.GetValue(allow),
                                    result.GetValue(ipAllow)
                                ),
                                ct
                            )
                        );
                    }
                )
        );
        return new Command("access", "Who may read a page: Public, Password or Restricted.")
        {
            show,
            set,
        };
    }

    private static Command FeedTokenCommand(IServiceProvider services)
    {
        var newPage = AccessPage();
        var create = new Command(
            "new",
            "Make a new feed token for a non-public page (the old one stops working); prints it once."
        )
        {
            newPage,
        };
        create.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                        Console.Out.WriteLine(
                            await mediator.Send(
                                new ReplacePageFeedTokenCommand(result.GetValue(newPage)),
                                ct
                            )
                        )
                )
        );
        var revokePage = AccessPage();
        var revoke = new Command("revoke", "Revoke the page's feed token.") { revokePage };
        revoke.SetAction(
            (result, ct) =>
                RunAsync(
                    services,
                    async mediator =>
                        PrintAccess(
                            await mediator.Send(
                                new RevokePageFeedTokenCommand(result.GetValue(revokePage)),
                                ct
                            )
                        )
                )
        );
        return new Command(
            "feed-token",
            "The secret token that opens a non-public page's feeds, calendar and badge (?token=)."
        )
        {
            create,
            revoke,
        };
    }
}
