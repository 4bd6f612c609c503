using System.CommandLine;
using Incidents.Application.Pages.Commands.ChangePageCss;
using Incidents.Application.Pages.Commands.RemovePageBrandAsset;
using Incidents.Application.Pages.Commands.UploadPageImage;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Api.Cli;

/// <summary>
/// <c>pages branding logo|favicon|css --page P (--file F | --remove)</c>: the same commands as the
/// admin API, from files on the operator's machine. Prints the asset's public path (with its
/// version), or nothing after a removal.
/// </summary>
internal static class BrandingCli
{
    public static Command Create(IServiceProvider services) =>
        new(
            "branding",
            "The page's logo, favicon and custom CSS (colours and links: the admin API)."
        )
        {
            Asset(services, PageAssetKind.Logo, "logo", "PNG, SVG or WebP, at most 256 KB."),
            Asset(services, PageAssetKind.Favicon, "favicon", "PNG, SVG or WebP, at most 256 KB."),
            Asset(services, PageAssetKind.Css, "css", "A stylesheet, at most 32 KB."),
        };

    private static Command Asset(
        IServiceProvider services,
        PageAssetKind kind,
        string verb,
        string what
    )
    {
        var page = new Option<string>("--page")
        {
            Description = "Slug of the page.",
            Required = true,
        };
        var file = new Option<FileInfo>("--file") { Description = what };
        var remove = new Option<bool>("--remove")
        {
            Description = "Remove it: the default is shown again.",
        };
        var command = new Command(verb, $"Set or remove the page's {PageNoun(kind)}.")
        {
            page,
            file,
            remove,
        };
        command.SetAction(
            (result, ct) =>
                IncidentsCli.RunAsync(
                    services,
                    async mediator =>
                    {
                        var slug = result.GetValue(page);
                        if (result.GetValue(remove))
                        {
                            await mediator.Send(new RemovePageBrandAssetCommand(slug, kind), ct);
                            return;
                        }

                        var path =
                            result.GetValue(file)
                            ?? throw new Application.Common.Exceptions.InvalidRequestException(
                                "Give --file or --remove."
                            );
                        var branding =
                            kind == PageAssetKind.Css
                                ? (
                                    await mediator.Send(
                                        new ChangePageCssCommand(
                                            slug,
                                            await File.ReadAllTextAsync(path.FullName, ct)
                                        ),
                                        ct
                                    )
                                ).Branding
                                : (
                                    await mediator.Send(
                                        new UploadPageImageCommand(
                                            slug,
                                            kind,
                                            await File.ReadAllBytesAsync(path.FullName, ct)
                                        ),
                                        ct
                                    )
                                ).Branding;
                        Console.Out.WriteLine(UrlOf(branding, kind));
                    }
                )
        );
        return command;
    }

    private static string? UrlOf(PageBrandingDto branding, PageAssetKind kind) =>
        kind switch
        {
            PageAssetKind.Logo => branding.Logo?.Url,
            PageAssetKind.Favicon => branding.Favicon?.Url,
            _ => branding.Css?.Url,
        };

    private static string PageNoun(PageAssetKind kind) => Domain.Pages.StatusPage.AssetNoun(kind);
}
