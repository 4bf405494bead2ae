using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Seasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "seasons",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "season_locations",
                schema: "identity",
                columns: table => new
                {
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_season_locations", x => new { x.SeasonId, x.OrgUnitId });
                    table.ForeignKey(
                        name: "FK_season_locations_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "identity",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_season_locations_seasons_SeasonId",
                        column: x => x.SeasonId,
                        principalSchema: "identity",
                        principalTable: "seasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "season_members",
                schema: "identity",
                columns: table => new
                {
                    SeasonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_season_members", x => new { x.SeasonId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_season_members_people_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "identity",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_season_members_seasons_SeasonId",
                        column: x => x.SeasonId,
                        principalSchema: "identity",
                        principalTable: "seasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_season_locations_OrgUnitId",
                schema: "identity",
                table: "season_locations",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_season_members_PersonId",
                schema: "identity",
                table: "season_members",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_seasons_EndDate",
                schema: "identity",
                table: "seasons",
                column: "EndDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "season_locations",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "season_members",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "seasons",
                schema: "identity");
        }
    }
}
