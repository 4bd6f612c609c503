using System.Text.Json;
using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Pages.Branding;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.Notifications.Channels.Email;

/// <summary>
/// The brand of the page a delivery belongs to, read when the mail is sent (so a mail shows the
/// page's current logo and accent, and the webhook payload the mail is made from stays as it is).
/// </summary>
internal sealed class EmailBranding(IServiceScopeFactory scopes)
{
    public async Task<PageBranding?> FindAsync(string payload, CancellationToken cancellationToken)
    {
        string? slug;
        using (var document = JsonDocument.Parse(payload))
        {
            slug =
                document.RootElement.TryGetProperty("data", out var data)
                && data.TryGetProperty("page", out var page)
                && page.TryGetProperty("slug", out var value)
                    ? value.GetString()
                    : null;
        }

        if (slug is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<IPublicBrandingReader>()
            .FindBrandingAsync(slug, cancellationToken);
    }
}
