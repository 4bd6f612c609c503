using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.PostgreSql.Migrations
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
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Branding",
                table: "StatusPages",
                type: "text",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "DefaultLanguage",
                table: "StatusPages",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "MaintenanceUpdates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleTranslations",
                table: "Maintenances",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "IncidentUpdates",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleTranslations",
                table: "Incidents",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PageAssets",
                columns: table => new
                {
                    PageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Hash = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
