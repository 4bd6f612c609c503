using Incidents.Infrastructure.Hardening;
using Npgsql;

namespace Incidents.Api.Tests.Hardening;

/// <summary>The PostgreSQL connection string gets our defaults; what the operator wrote wins.</summary>
public sealed class ConnectionStringDefaultsTests
{
    [Fact]
    public void Defaults_FillWhatTheOperatorLeftOut()
    {
        var result = new NpgsqlConnectionStringBuilder(
            ConnectionStringDefaults.ForPostgreSql("Host=db;Username=u;Password=p;Database=d")
        );

        Assert.Equal(ConnectionStringDefaults.ConnectTimeoutSeconds, result.Timeout);
        Assert.Equal(ConnectionStringDefaults.CommandTimeoutSeconds, result.CommandTimeout);
        Assert.Equal(ConnectionStringDefaults.MaxAutoPrepare, result.MaxAutoPrepare);
        Assert.True(result.NoResetOnClose);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("MaxAutoPrepare=0;NoResetOnClose=false")]
    public void OperatorValues_Win(string autoPrepare)
    {
        var result = new NpgsqlConnectionStringBuilder(
            ConnectionStringDefaults.ForPostgreSql(
                $"Host=db;Database=d;Timeout=30;Command Timeout=60;{autoPrepare}"
            )
        );

        Assert.Equal(30, result.Timeout);
        Assert.Equal(60, result.CommandTimeout);
        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.False(result.NoResetOnClose);
    }
}
