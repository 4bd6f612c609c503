using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Common;

/// <summary>Finds a template of the caller's page named in a request body (an unknown id is a 400, as the seed answers for incidents).</summary>
public sealed class TemplateLoader(ITemplateRepository templates, ICurrentCaller caller)
{
    public static string NotFoundMessage(Guid templateId) => $"Template {templateId} not found.";

    public static string WrongKindMessage(TemplateKind expected) =>
        $"The template is not a{(expected == TemplateKind.Incident ? "n" : string.Empty)} {Vocabulary<TemplateKind>.Display(expected)} template.";

    public async Task<Template> LoadFromBodyAsync(
        Guid templateId,
        CancellationToken cancellationToken
    ) =>
        await templates.GetAsync(caller.PageId, templateId, cancellationToken)
        ?? throw new InvalidRequestException(NotFoundMessage(templateId));

    /// <summary>A template to prefill an incident or a maintenance with: it must be of that kind.</summary>
    public async Task<Template> LoadForUseAsync(
        Guid templateId,
        TemplateKind kind,
        CancellationToken cancellationToken
    )
    {
        var template = await LoadFromBodyAsync(templateId, cancellationToken);
        if (template.Kind != kind)
        {
            throw new InvalidRequestException(WrongKindMessage(kind));
        }

        return template;
    }
}
