using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SharedDeliveryPayloads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each stored delivery keeps its payload: it becomes a payload row of its own (same
            // id), and the delivery points at it; new notifications share one (ADR 0169).
            migrationBuilder.CreateTable(
                name: "DeliveryPayloads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryPayloads", x => x.Id);
                });

            migrationBuilder.Sql(
                """
                INSERT INTO "DeliveryPayloads" ("Id", "Json", "CreatedAt")
                SELECT "Id", "Payload", "CreatedAt" FROM "Deliveries";
                """);

            migrationBuilder.AddColumn<Guid>(
                name: "PayloadId",
                table: "Deliveries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.Sql("""UPDATE "Deliveries" SET "PayloadId" = "Id";""");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_PayloadId",
                table: "Deliveries",
                column: "PayloadId");

            migrationBuilder.AddForeignKey(
                name: "FK_Deliveries_DeliveryPayloads_PayloadId",
                table: "Deliveries",
                column: "PayloadId",
                principalTable: "DeliveryPayloads",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deliveries_DeliveryPayloads_PayloadId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_PayloadId",
                table: "Deliveries");

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "Deliveries",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE "Deliveries" SET "Payload" = (SELECT p."Json" FROM "DeliveryPayloads" AS p WHERE p."Id" = "Deliveries"."PayloadId");
                """);

            migrationBuilder.DropColumn(
                name: "PayloadId",
                table: "Deliveries");

            migrationBuilder.DropTable(
                name: "DeliveryPayloads");
        }
    }
}
