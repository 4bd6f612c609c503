using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incidents.Infrastructure.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class UnconstrainedDeliveryPayloadId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Deliveries_DeliveryPayloads_PayloadId",
                table: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_PayloadId",
                table: "Deliveries");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
    }
}
