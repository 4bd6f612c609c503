using System.Text;
using Incidents.Application.Integrations.Common;

namespace Incidents.Application.Tests.Integrations;

/// <summary>
/// Grafana's HMAC, checked both ways: what we compute equals independent computations (RFC 4231's
/// test vector; <c>openssl dgst -sha256 -hmac</c> over "timestamp:body"), and what we verify is
/// exactly that — any changed byte, secret or timestamp is refused.
/// </summary>
public class GrafanaSignatureTests
{
    private const string Secret = "grafana-hmac-secret-0123456789";
    private const string Body = "{\"status\":\"firing\"}";

    [Fact]
    public void Compute_MatchesRfc4231TestCase2()
    {
        Assert.Equal(
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            GrafanaSignature.Compute("Jefe", "what do ya want for nothing?"u8, null)
        );
    }

    [Fact]
    public void Compute_WithTimestamp_MatchesOpenSslOverTimestampColonBody()
    {
        // printf '1764374400:{"status":"firing"}' | openssl dgst -sha256 -hmac 'grafana-hmac-secret-0123456789'
        Assert.Equal(
            "1ad92f3ea873e914799b7558cc573396daaa744a09e1d0820e78871681d52303",
            GrafanaSignature.Compute(Secret, Encoding.UTF8.GetBytes(Body), "1764374400")
        );
    }

    [Fact]
    public void Verify_AcceptsTheSignatureInEitherHexCase()
    {
        var signature = GrafanaSignature.Compute(Secret, Encoding.UTF8.GetBytes(Body), null);

        Assert.True(GrafanaSignature.Verify(Secret, Encoding.UTF8.GetBytes(Body), signature, null));
        Assert.True(
            GrafanaSignature.Verify(
                Secret,
                Encoding.UTF8.GetBytes(Body),
                signature.ToUpperInvariant(),
                null
            )
        );
    }

    [Theory]
    [InlineData(Body + " ", Secret, null)]
    [InlineData(Body, Secret + "x", null)]
    [InlineData(Body, Secret, "1764374400")]
    public void Verify_RefusesAnyOtherBodySecretOrTimestamp(
        string body,
        string secret,
        string? timestamp
    )
    {
        var signature = GrafanaSignature.Compute(Secret, Encoding.UTF8.GetBytes(Body), null);

        Assert.False(
            GrafanaSignature.Verify(secret, Encoding.UTF8.GetBytes(body), signature, timestamp)
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("abcd")]
    public void Verify_RefusesMissingOrMalformedSignatures(string? signature) =>
        Assert.False(
            GrafanaSignature.Verify(Secret, Encoding.UTF8.GetBytes(Body), signature, null)
        );
}
