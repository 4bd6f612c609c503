using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels;
using NetArchTest.Rules;

namespace Incidents.Architecture.Tests.Notifications;

/// <summary>Notifications keep the dependency rule: transport details stay in Infrastructure.</summary>
public sealed class NotificationLayeringTests
{
    [Fact]
    public void SubscribersDomain_DependsOnNoFrameworkOrTransport()
    {
        var result = Types
            .InAssembly(typeof(Subscriber).Assembly)
            .That()
            .ResideInNamespace("Incidents.Domain.Subscribers")
            .ShouldNot()
            .HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore",
                "MailKit",
                "MimeKit",
                "System.Net.Http",
                "Incidents.Application",
                "Incidents.Infrastructure"
            )
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void NotificationsApplication_DependsOnNoInfrastructureOrTransport()
    {
        var result = Types
            .InAssembly(typeof(Incidents.Application.DependencyInjection).Assembly)
            .That()
            .ResideInNamespace("Incidents.Application.Notifications")
            .Or()
            .ResideInNamespace("Incidents.Application.Subscribers")
            .ShouldNot()
            .HaveDependencyOnAny(
                "Incidents.Infrastructure",
                "Microsoft.EntityFrameworkCore",
                "MailKit",
                "MimeKit",
                "System.Net.Http"
            )
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void EveryNotificationChannel_LivesInItsOwnChannelFolder()
    {
        var channels = Types
            .InAssembly(typeof(INotificationChannel).Assembly)
            .That()
            .ImplementInterface(typeof(INotificationChannel))
            .GetTypes()
            .ToList();

        Assert.NotEmpty(channels);
        Assert.All(
            channels,
            c =>
                Assert.Matches(
                    @"^Incidents\.Infrastructure\.Notifications\.Channels\.[A-Z][A-Za-z]+$",
                    c.Namespace
                )
        );
        Assert.Equal(
            Enum.GetValues<SubscriberType>().Length,
            channels.Select(c => c.Name).Distinct().Count()
        );
    }
}
