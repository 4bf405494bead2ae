using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Communities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class CommunityPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ArchivedAt",
                schema: "communities",
                table: "communities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CoverVersion",
                schema: "communities",
                table: "communities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "communities",
                table: "communities",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Tags",
                schema: "communities",
                table: "communities",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateTable(
                name: "community_covers",
                schema: "communities",
                columns: table => new
                {
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_covers", x => x.CommunityId);
                    table.ForeignKey(
                        name: "FK_community_covers_communities_CommunityId",
                        column: x => x.CommunityId,
                        principalSchema: "communities",
                        principalTable: "communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_covers",
                schema: "communities");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                schema: "communities",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "CoverVersion",
                schema: "communities",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "communities",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "Tags",
                schema: "communities",
                table: "communities");
        }
    }
}
