using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Common;

/// <summary>Names are unique per page, ignoring case (a unique index backs this up under concurrency).</summary>
public sealed class TemplateNameGuard(ITemplateRepository templates)
{
    public async Task EnsureAvailableAsync(
        Guid pageId,
        string name,
        Guid? exceptTemplateId,
        CancellationToken cancellationToken
    )
    {
        if (
            await templates.NameExistsAsync(
                pageId,
                name.Trim(),
                exceptTemplateId,
                cancellationToken
            )
        )
        {
            throw new InvalidRequestException($"A template named '{name.Trim()}' already exists.");
        }
    }
}
