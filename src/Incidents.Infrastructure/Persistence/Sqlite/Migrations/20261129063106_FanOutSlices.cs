using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FanOutSlices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "FanOutCursor",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SourceEventId",
                table: "Deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_SourceEventId_SubscriberId",
                table: "Deliveries",
                columns: new[] { "SourceEventId", "SubscriberId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_SourceEventId_SubscriberId",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "FanOutCursor",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "SourceEventId",
                table: "Deliveries");
        }
    }
}
