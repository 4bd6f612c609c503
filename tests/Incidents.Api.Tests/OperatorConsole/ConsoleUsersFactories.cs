using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>The settings people-management tests share: a real SMTP sink for invitations, no sign-in limit.</summary>
internal static class ConsoleUsersSettings
{
    public static void Apply(IWebHostBuilder builder, SmtpSink smtp)
    {
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting(
            "Smtp:Port",
            smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:From", "Status <status@example.test>");
        builder.UseSetting("Console:PublicUrl", "http://console.example.test");
        builder.UseSetting("Console:SignInPermitsPerMinute", "6000");
        builder.UseSetting("Console:SignInBurst", "1000");
    }
}

public sealed class SqliteConsoleUsersFactory : SqliteApiFactory
{
    public SmtpSink Smtp { get; } = SmtpSink.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ConsoleUsersSettings.Apply(builder, Smtp);
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class PostgreSqlConsoleUsersFactory : PostgreSqlApiFactory
{
    public SmtpSink Smtp { get; } = SmtpSink.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ConsoleUsersSettings.Apply(builder, Smtp);
    }

    public override async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await base.DisposeAsync();
    }
}
