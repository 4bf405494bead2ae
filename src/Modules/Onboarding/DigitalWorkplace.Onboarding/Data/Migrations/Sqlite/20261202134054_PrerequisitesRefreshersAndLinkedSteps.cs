using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PrerequisitesRefreshersAndLinkedSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificates_PersonId_TrackId",
                table: "certificates");

            migrationBuilder.AddColumn<int>(
                name: "RefreshAfterMonths",
                table: "tracks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "TargetId",
                table: "steps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "track_prerequisites",
                columns: table => new
                {
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineageId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_track_prerequisites", x => new { x.TrackId, x.LineageId });
                    table.ForeignKey(
                        name: "FK_track_prerequisites_tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_certificates_PersonId_TrackId",
                table: "certificates",
                columns: new[] { "PersonId", "TrackId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "track_prerequisites");

            migrationBuilder.DropIndex(
                name: "IX_certificates_PersonId_TrackId",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "RefreshAfterMonths",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "TargetId",
                table: "steps");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_PersonId_TrackId",
                table: "certificates",
                columns: new[] { "PersonId", "TrackId" },
                unique: true);
        }
    }
}
