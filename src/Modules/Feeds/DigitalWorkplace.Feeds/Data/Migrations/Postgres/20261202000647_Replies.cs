using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Replies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                schema: "feeds",
                table: "comments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_comments_ParentId",
                schema: "feeds",
                table: "comments",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_comments_comments_ParentId",
                schema: "feeds",
                table: "comments",
                column: "ParentId",
                principalSchema: "feeds",
                principalTable: "comments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_comments_comments_ParentId",
                schema: "feeds",
                table: "comments");

            migrationBuilder.DropIndex(
                name: "IX_comments_ParentId",
                schema: "feeds",
                table: "comments");

            migrationBuilder.DropColumn(
                name: "ParentId",
                schema: "feeds",
                table: "comments");
        }
    }
}
