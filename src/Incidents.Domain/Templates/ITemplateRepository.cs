namespace Incidents.Domain.Templates;

public interface ITemplateRepository
{
    Task<Template?> GetAsync(Guid pageId, Guid templateId, CancellationToken cancellationToken);

    Task<bool> NameExistsAsync(
        Guid pageId,
        string name,
        Guid? exceptTemplateId,
        CancellationToken cancellationToken
    );

    void Add(Template newTemplate);

    void Remove(Template removed);
}
