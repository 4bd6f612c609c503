namespace Incidents.Domain.Pages.Branding;

public enum PageAssetKind
{
    Logo = 1,
    Favicon = 2,
    Css = 3,
}
