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
        // Static messages per kind (not a message built from the command): every rule's message
        // must be readable without an instance (ValidatorMessagesTests).
        When(
            c => c.Kind == PageAssetKind.Logo,
            () =>
                RuleFor(c => c.Content)
                    .NotEmpty()
                    .WithMessage("Logo is required (the image's bytes, base64).")
        );
        When(
            c => c.Kind == PageAssetKind.Favicon,
            () =>
                RuleFor(c => c.Content)
                    .NotEmpty()
                    .WithMessage("Favicon is required (the image's bytes, base64).")
        );
    }
}
