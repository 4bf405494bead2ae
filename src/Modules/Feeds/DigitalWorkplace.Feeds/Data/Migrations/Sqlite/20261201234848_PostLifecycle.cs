using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PostLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EditedAt",
                table: "posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PinnedAt",
                table: "posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "post_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplacedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_post_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_post_revisions_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_posts_CommunityId_PinnedAt",
                table: "posts",
                columns: new[] { "CommunityId", "PinnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_post_revisions_PostId_Id",
                table: "post_revisions",
                columns: new[] { "PostId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "post_revisions");

            migrationBuilder.DropIndex(
                name: "IX_posts_CommunityId_PinnedAt",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "PinnedAt",
                table: "posts");
        }
    }
}
