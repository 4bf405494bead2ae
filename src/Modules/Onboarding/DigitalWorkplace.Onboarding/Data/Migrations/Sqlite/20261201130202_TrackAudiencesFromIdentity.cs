using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class TrackAudiencesFromIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Tracks were assigned by employment type; now by Identity's audiences, which this module cannot create from
            // the old rows. Old tracks keep their assignments and take new people once an author gives them an audience.
            migrationBuilder.DropTable(
                name: "track_audiences");

            migrationBuilder.CreateTable(
                name: "track_target_audiences",
                columns: table => new
                {
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AudienceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_track_target_audiences", x => new { x.TrackId, x.AudienceId });
                    table.ForeignKey(
                        name: "FK_track_target_audiences_tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_track_target_audiences_AudienceId",
                table: "track_target_audiences",
                column: "AudienceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "track_target_audiences");

            migrationBuilder.CreateTable(
                name: "track_audiences",
                columns: table => new
                {
                    TrackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmploymentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_track_audiences", x => new { x.TrackId, x.EmploymentType });
                    table.ForeignKey(
                        name: "FK_track_audiences_tracks_TrackId",
                        column: x => x.TrackId,
                        principalTable: "tracks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }
    }
}
