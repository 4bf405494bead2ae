using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Communities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ModerationRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MutedUntil",
                schema: "communities",
                table: "memberships",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresPostApproval",
                schema: "communities",
                table: "communities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "bans",
                schema: "communities",
                columns: table => new
                {
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BannedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bans", x => new { x.CommunityId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_bans_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalSchema: "communities",
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "keyword_rules",
                schema: "communities",
                columns: table => new
                {
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Keyword = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_keyword_rules", x => new { x.CommunityId, x.Keyword });
                    table.ForeignKey(
                        name: "FK_keyword_rules_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalSchema: "communities",
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bans_PersonId",
                schema: "communities",
                table: "bans",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bans",
                schema: "communities");

            migrationBuilder.DropTable(
                name: "keyword_rules",
                schema: "communities");

            migrationBuilder.DropColumn(
                name: "MutedUntil",
                schema: "communities",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "RequiresPostApproval",
                schema: "communities",
                table: "communities");
        }
    }
}
