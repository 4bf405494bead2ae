using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PrerequisitesRefreshersAndLinkedSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificates_PersonId_TrackId",
                schema: "onboarding",
                table: "certificates");

            migrationBuilder.AddColumn<int>(
                name: "RefreshAfterMonths",
                schema: "onboarding",
                table: "tracks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "TargetId",
                schema: "onboarding",
                table: "steps",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "track_prerequisites",
                schema: "onboarding",
                columns: table => new
                {
                    TrackId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_track_prerequisites", x => new { x.TrackId, x.LineageId });
                    table.ForeignKey(
                        name: "FK_track_prerequisites_tracks_TrackId",
                        column: x => x.TrackId,
                        principalSchema: "onboarding",
                        principalTable: "tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_certificates_PersonId_TrackId",
                schema: "onboarding",
                table: "certificates",
                columns: new[] { "PersonId", "TrackId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "track_prerequisites",
                schema: "onboarding");

            migrationBuilder.DropIndex(
                name: "IX_certificates_PersonId_TrackId",
                schema: "onboarding",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "RefreshAfterMonths",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "TargetId",
                schema: "onboarding",
                table: "steps");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_PersonId_TrackId",
                schema: "onboarding",
                table: "certificates",
                columns: new[] { "PersonId", "TrackId" },
                unique: true);
        }
    }
}
