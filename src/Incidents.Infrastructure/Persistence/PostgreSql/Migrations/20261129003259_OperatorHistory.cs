using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OperatorHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Backfilled",
                table: "Incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PostmortemDraft",
                table: "Incidents",
                type: "character varying(50000)",
                maxLength: 50000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostmortemPublished",
                table: "Incidents",
                type: "character varying(50000)",
                maxLength: 50000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PostmortemPublishedAt",
                table: "Incidents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisplayAt",
                table: "IncidentUpdates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EditedAt",
                table: "IncidentUpdates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CausedByIncidentId",
                table: "ComponentStatusChanges",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Details",
                table: "AuditEntries",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ComponentStatusIntervals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PageId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComponentStatusIntervals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComponentStatusIntervals_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComponentStatusChanges_CausedByIncidentId",
                table: "ComponentStatusChanges",
                column: "CausedByIncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentStatusIntervals_IncidentId",
                table: "ComponentStatusIntervals",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ComponentStatusIntervals_PageId_To",
                table: "ComponentStatusIntervals",
                columns: new[] { "PageId", "To" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComponentStatusIntervals");

            migrationBuilder.DropIndex(
                name: "IX_ComponentStatusChanges_CausedByIncidentId",
                table: "ComponentStatusChanges");

            migrationBuilder.DropColumn(
                name: "Backfilled",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PostmortemDraft",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PostmortemPublished",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PostmortemPublishedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DisplayAt",
                table: "IncidentUpdates");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                table: "IncidentUpdates");

            migrationBuilder.DropColumn(
                name: "CausedByIncidentId",
                table: "ComponentStatusChanges");

            migrationBuilder.DropColumn(
                name: "Details",
                table: "AuditEntries");
        }
    }
}
