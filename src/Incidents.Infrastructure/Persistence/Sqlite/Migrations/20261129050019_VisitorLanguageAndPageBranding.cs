using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Branding",
                table: "StatusPages",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "DefaultLanguage",
                table: "StatusPages",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "MaintenanceUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleTranslations",
                table: "Maintenances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "IncidentUpdates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleTranslations",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PageAssets",
                columns: table => new
                {
                    PageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
