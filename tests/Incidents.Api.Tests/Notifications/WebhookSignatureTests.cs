using System.Security.Cryptography;
using System.Text;
using Incidents.Infrastructure.Notifications.Channels.Webhooks;

namespace Incidents.Api.Tests.Notifications;

/// <summary>The signature over the sent bytes, without building the signed string (issue 16).</summary>
public sealed class WebhookSignatureTests
{
    // The Standard Webhooks specification's own example (standard-webhooks/standard-webhooks).
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MessageId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string Body = """{"test": 2432232314}""";
    private const string Expected = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    [Fact]
    public void Sign_MatchesTheSpecificationsExample_FromTextOrBytes()
    {
        Assert.Equal(Expected, WebhookSignature.Sign(Secret, MessageId, Timestamp, Body));
        Assert.Equal(
            Expected,
            WebhookSignature.Sign(Secret, MessageId, Timestamp, Encoding.UTF8.GetBytes(Body))
        );
        // The prefix is optional.
        Assert.Equal(Expected, WebhookSignature.Sign(Secret[6..], MessageId, Timestamp, Body));
    }

    [Fact]
    public void Sign_AKeyLongerThanTheStackBuffer_SignsWithTheWholeKey()
    {
        var key = RandomNumberGenerator.GetBytes(300);
        var body = "crème ✓ 😀 " + new string('x', 5000);
        var expected =
            "v1,"
            + Convert.ToBase64String(
                HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"msg_1.-5.{body}"))
            );

        Assert.Equal(
            expected,
            WebhookSignature.Sign("whsec_" + Convert.ToBase64String(key), "msg_1", -5, body)
        );
    }

    [Fact]
    public void Sign_ASecretThatIsNotBase64_Throws() =>
        Assert.Throws<FormatException>(() =>
            WebhookSignature.Sign("whsec_not base64!", MessageId, Timestamp, Body)
        );
}
