using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SubscriberDeliveriesTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Its own migration: SQLite rebuilds Deliveries in the one before (ADR 0172).
            // The cascade the foreign key gave, without its check on every insert (ADR 0172).
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "TR_Subscribers_DeleteDeliveries"
                AFTER DELETE ON "Subscribers"
                FOR EACH ROW
                BEGIN
                    DELETE FROM "Deliveries" WHERE "SubscriberId" = OLD."Id";
                END;
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"TR_Subscribers_DeleteDeliveries\";");
        }
    }
}
