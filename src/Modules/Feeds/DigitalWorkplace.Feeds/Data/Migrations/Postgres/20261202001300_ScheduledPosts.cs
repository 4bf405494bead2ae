using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ScheduledPosts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scheduled_posts",
                schema: "feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Poll = table.Column<string>(type: "text", nullable: true),
                    PublishAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: true),
                    Failure = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduled_posts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_posts_AuthorId_PublishAt",
                schema: "feeds",
                table: "scheduled_posts",
                columns: new[] { "AuthorId", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_posts_Status_PublishAt",
                schema: "feeds",
                table: "scheduled_posts",
                columns: new[] { "Status", "PublishAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scheduled_posts",
                schema: "feeds");
        }
    }
}
