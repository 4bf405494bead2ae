using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Polls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Poll",
                schema: "feeds",
                table: "posts",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "poll_votes",
                schema: "feeds",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Option = table.Column<int>(type: "integer", nullable: false),
                    VotedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_poll_votes", x => new { x.PostId, x.PersonId, x.Option });
                    table.ForeignKey(
                        name: "FK_poll_votes_posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "feeds",
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "poll_votes",
                schema: "feeds");

            migrationBuilder.DropColumn(
                name: "Poll",
                schema: "feeds",
                table: "posts");
        }
    }
}
