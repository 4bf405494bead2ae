using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ScheduledPosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scheduled_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Poll = table.Column<string>(type: "TEXT", nullable: true),
                    PublishAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduled_posts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_posts_AuthorId_PublishAt",
                table: "scheduled_posts",
                columns: new[] { "AuthorId", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_posts_Status_PublishAt",
                table: "scheduled_posts",
                columns: new[] { "Status", "PublishAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scheduled_posts");
        }
    }
}
