using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SubscriberDeliveriesTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The cascade the foreign key gave, without its check on every insert (ADR 0172).
            // EXEC: CREATE TRIGGER must open its batch, and the idempotent script wraps each
            // migration's statements in IF NOT EXISTS (...) BEGIN ... END.
            migrationBuilder.Sql(
                """
                EXEC(N'CREATE TRIGGER [TR_Subscribers_DeleteDeliveries] ON [Subscribers]
                AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DELETE d FROM [Deliveries] d INNER JOIN deleted s ON d.[SubscriberId] = s.[Id];
                END')
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER [TR_Subscribers_DeleteDeliveries];");
        }
    }
}
