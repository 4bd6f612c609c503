using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

public sealed class SqliteNotificationsFixture : NotificationsFixture<SqliteApiFactory>;
