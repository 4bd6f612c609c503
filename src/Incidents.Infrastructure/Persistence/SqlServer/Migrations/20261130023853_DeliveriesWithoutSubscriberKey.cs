using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DeliveriesWithoutSubscriberKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deliveries_Subscribers_SubscriberId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SourceEventId_SubscriberId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId_CreatedAt",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId",
                table: "Deliveries",
                column: "SubscriberId");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId_SourceEventId",
                table: "Deliveries",
                columns: new[] { "SubscriberId", "SourceEventId" },
                unique: true,
                filter: "[SourceEventId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SubscriberId_SourceEventId",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SourceEventId_SubscriberId",
                table: "Deliveries",
                columns: new[] { "SourceEventId", "SubscriberId" },
                unique: true,
                filter: "[SourceEventId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SubscriberId_CreatedAt",
                table: "Deliveries",
                columns: new[] { "SubscriberId", "CreatedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Deliveries_Subscribers_SubscriberId",
                table: "Deliveries",
                column: "SubscriberId",
                principalTable: "Subscribers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
