using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Maintenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "StatusPages",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "UTC");

            migrationBuilder.AddColumn<bool>(
                name: "UnderMaintenance",
                table: "Components",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "MaintenanceSeries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    FirstScheduledFor = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FirstScheduledUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AutoStart = table.Column<bool>(type: "bit", nullable: false),
                    AutoComplete = table.Column<bool>(type: "bit", nullable: false),
                    RemindBeforeMinutes = table.Column<int>(type: "int", nullable: true),
                    Notify = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AffectedComponentIds = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceSeries_StatusPages_PageId",
                        column: x => x.PageId,
                        principalTable: "StatusPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Maintenances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ScheduledFor = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ScheduledUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AutoStart = table.Column<bool>(type: "bit", nullable: false),
                    AutoComplete = table.Column<bool>(type: "bit", nullable: false),
                    RemindBeforeMinutes = table.Column<int>(type: "int", nullable: true),
                    ReminderHandledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Notify = table.Column<bool>(type: "bit", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    NextDueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AffectedComponentIds = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Maintenances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Maintenances_MaintenanceSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "MaintenanceSeries",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Maintenances_StatusPages_PageId",
                        column: x => x.PageId,
                        principalTable: "StatusPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MaintenanceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    Notify = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaintenanceUpdates_Maintenances_MaintenanceId",
                        column: x => x.MaintenanceId,
                        principalTable: "Maintenances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceSeries_PageId",
                table: "MaintenanceSeries",
                column: "PageId");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceUpdates_MaintenanceId_CreatedAt",
                table: "MaintenanceUpdates",
                columns: new[] { "MaintenanceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Maintenances_NextDueAt",
                table: "Maintenances",
                column: "NextDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_Maintenances_PageId_SeriesId",
                table: "Maintenances",
                columns: new[] { "PageId", "SeriesId" });

            migrationBuilder.CreateIndex(
                name: "IX_Maintenances_PageId_Status_ScheduledFor",
                table: "Maintenances",
                columns: new[] { "PageId", "Status", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_Maintenances_SeriesId",
                table: "Maintenances",
                column: "SeriesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaintenanceUpdates");

            migrationBuilder.DropTable(
                name: "Maintenances");

            migrationBuilder.DropTable(
                name: "MaintenanceSeries");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "UnderMaintenance",
                table: "Components");
        }
    }
}
