using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class VisitorLanguageAndPageBranding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Subscribers",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Branding",
                table: "StatusPages",
                type: "nvarchar(max)",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "DefaultLanguage",
                table: "StatusPages",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "MaintenanceUpdates",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleTranslations",
                table: "Maintenances",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "IncidentUpdates",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleTranslations",
                table: "Incidents",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PageAssets",
                columns: table => new
                {
                    PageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageAssets", x => new { x.PageId, x.Kind });
                    table.ForeignKey(
                        name: "FK_PageAssets_StatusPages_PageId",
                        column: x => x.PageId,
                        principalTable: "StatusPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PageAssets");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Subscribers");

            migrationBuilder.DropColumn(
                name: "Branding",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "DefaultLanguage",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "MaintenanceUpdates");

            migrationBuilder.DropColumn(
                name: "TitleTranslations",
                table: "Maintenances");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "IncidentUpdates");

            migrationBuilder.DropColumn(
                name: "TitleTranslations",
                table: "Incidents");
        }
    }
}
