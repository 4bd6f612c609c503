using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.ApiKeys;

namespace Incidents.Application.ApiKeys.Commands.CreateApiKey;

public sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(c => c.PageSlug).NotEmpty().WithMessage("Page is required.");
        RuleFor(c => c.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Name is required.")
            .MaximumLength(ApiKey.NameMaxLength)
            .WithMessage($"Name must be at most {ApiKey.NameMaxLength} characters.");
        RuleFor(c => c.Role).InVocabulary<CreateApiKeyCommand, ApiKeyRole>("Role");
    }
}
