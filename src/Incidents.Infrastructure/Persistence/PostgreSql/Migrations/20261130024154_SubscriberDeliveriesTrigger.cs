using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SubscriberDeliveriesTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The cascade the foreign key gave, without its check on every insert (ADR 0172):
            // one statement per delete, however many subscribers it removes.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION "Subscribers_DeleteDeliveries"() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "Deliveries" d USING deleted s WHERE d."SubscriberId" = s."Id";
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER "TR_Subscribers_DeleteDeliveries"
                AFTER DELETE ON "Subscribers"
                REFERENCING OLD TABLE AS deleted
                FOR EACH STATEMENT EXECUTE FUNCTION "Subscribers_DeleteDeliveries"();
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER "TR_Subscribers_DeleteDeliveries" ON "Subscribers";
                DROP FUNCTION "Subscribers_DeleteDeliveries"();
                """
            );
        }
    }
}
