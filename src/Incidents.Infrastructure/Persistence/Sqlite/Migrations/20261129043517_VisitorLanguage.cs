using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

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
