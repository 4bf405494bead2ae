using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class OneWaitingSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sign_off_requests_PersonId_StepId",
                table: "sign_off_requests");

            migrationBuilder.CreateIndex(
                name: "IX_sign_off_requests_PersonId_StepId",
                table: "sign_off_requests",
                columns: new[] { "PersonId", "StepId" },
                unique: true,
                filter: "\"Status\" = 'Waiting'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sign_off_requests_PersonId_StepId",
                table: "sign_off_requests");

            migrationBuilder.CreateIndex(
                name: "IX_sign_off_requests_PersonId_StepId",
                table: "sign_off_requests",
                columns: new[] { "PersonId", "StepId" });
        }
    }
}
