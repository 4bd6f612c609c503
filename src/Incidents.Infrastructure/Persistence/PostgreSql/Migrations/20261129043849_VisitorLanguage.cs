using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class VisitorLanguage : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Language",
                table: "Subscribers");

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
