namespace Incidents.Application.PublicStatus.Common;

public sealed record PublicBrandAsset(string ContentType, byte[] Content);
