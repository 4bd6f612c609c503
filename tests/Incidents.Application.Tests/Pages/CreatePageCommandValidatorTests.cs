using Incidents.Application.Pages.Commands.CreatePage;

namespace Incidents.Application.Tests.Pages;

public class CreatePageCommandValidatorTests
{
    [Theory]
    [InlineData("Acme")]
    [InlineData("-acme")]
    [InlineData("acme\n")]
    public void Validate_WhenSlugHasForbiddenCharacters_ReportsAllowedCharacters(string slug)
    {
        var result = new CreatePageCommandValidator().Validate(new CreatePageCommand(slug, "Acme"));

        Assert.Equal(
            ["Slug may contain only lowercase letters, digits and hyphens."],
            result.Errors.Select(e => e.ErrorMessage)
        );
    }

    [Fact]
    public void Validate_WhenSlugAndNameAreValid_HasNoErrors()
    {
        Assert.True(
            new CreatePageCommandValidator()
                .Validate(new CreatePageCommand("acme-2", "Acme"))
                .IsValid
        );
    }
}
