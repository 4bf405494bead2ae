using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class LinkPreviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkPreview",
                table: "posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LinkedPostId",
                table: "posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "link_previews",
                columns: table => new
                {
                    UrlHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SiteName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Found = table.Column<bool>(type: "INTEGER", nullable: false),
                    FetchedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_previews", x => x.UrlHash);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_previews");

            migrationBuilder.DropColumn(
                name: "LinkPreview",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "LinkedPostId",
                table: "posts");
        }
    }
}
