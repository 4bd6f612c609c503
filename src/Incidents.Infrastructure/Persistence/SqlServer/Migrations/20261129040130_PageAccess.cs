using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PageAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AccessVersion",
                table: "StatusPages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AllowedSignIns",
                table: "StatusPages",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FeedTokenHash",
                table: "StatusPages",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IpAllowList",
                table: "StatusPages",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PasswordHash",
                table: "StatusPages",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "StatusPages",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Public");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccessVersion",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "AllowedSignIns",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "FeedTokenHash",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "IpAllowList",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "PasswordHash",
                table: "StatusPages");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "StatusPages");
        }
    }
}
