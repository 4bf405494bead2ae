using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CompletionsByTrack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_step_completions_TrackId_PersonId",
                table: "step_completions",
                columns: new[] { "TrackId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_step_completions_TrackId_PersonId",
                table: "step_completions");
        }
    }
}
