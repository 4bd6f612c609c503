using Incidents.Application.Audit.Common;

namespace Incidents.Application.Pages.Common;

/// <summary>What a branding command leaves; <see cref="Changed"/> false (same settings or bytes) is not audited.</summary>
public sealed record PageBrandingResult(PageBrandingDto Branding, bool Changed) : IMayChangeNothing
{
    bool IMayChangeNothing.ChangedNothing => !Changed;
}
