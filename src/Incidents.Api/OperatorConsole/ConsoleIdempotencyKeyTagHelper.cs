using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Incidents.Api.OperatorConsole;

/// <summary>
/// Gives every <c>&lt;form method="post"&gt;</c> of a console view a one-time key, generated when the
/// form is rendered, so a second submit of the same rendering (double click, resent POST) is
/// answered with the first one's result by <see cref="ConsoleIdempotencyFilter"/>. Registered for
/// Views/Console in its _ViewImports: a console form needs nothing else.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class ConsoleIdempotencyKeyTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (
            context.AllAttributes.TryGetAttribute("method", out var method)
            && string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)
        )
        {
            output.PostContent.AppendHtml(
                $"<input type=\"hidden\" name=\"{ConsoleIdempotencyFilter.FieldName}\" value=\"{Guid.NewGuid():N}\">"
            );
        }
    }
}
