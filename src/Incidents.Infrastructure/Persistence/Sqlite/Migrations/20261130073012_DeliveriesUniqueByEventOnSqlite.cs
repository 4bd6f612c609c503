using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeliveriesUniqueByEventOnSqlite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId_SourceEventId",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SourceEventId_SubscriberId",
                table: "Deliveries",
                columns: new[] { "SourceEventId", "SubscriberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId",
                table: "Deliveries",
                column: "SubscriberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SourceEventId_SubscriberId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId_SourceEventId",
                table: "Deliveries",
                columns: new[] { "SubscriberId", "SourceEventId" },
                unique: true);
        }
    }
}
