using FluentValidation;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Application.Pages.Commands.UploadPageImage;

public sealed class UploadPageImageCommandValidator : AbstractValidator<UploadPageImageCommand>
{
    public UploadPageImageCommandValidator()
    {
        RuleFor(c => c.Kind)
            .Must(k => k is PageAssetKind.Logo or PageAssetKind.Favicon)
            .WithMessage("Only a logo or a favicon is an image.");
        RuleFor(c => c.Content)
            .NotEmpty()
            .WithMessage(c => $"{c.Kind} is required (the image's bytes, base64).");
    }
}
