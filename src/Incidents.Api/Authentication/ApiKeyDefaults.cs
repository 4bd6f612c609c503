namespace Incidents.Api.Authentication;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-API-KEY";
    public const string PageIdClaim = "incidents:page";
    public const string ApiKeyIdClaim = "incidents:key";
}
