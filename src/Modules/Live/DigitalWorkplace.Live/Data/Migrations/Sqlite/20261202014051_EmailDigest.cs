using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Live.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class EmailDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Digest",
                table: "notification_preferences",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Daily");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "notification_preferences",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "digest_cursors",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentUpTo = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_cursors", x => x.PersonId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ReadAt_At",
                table: "notifications",
                columns: new[] { "ReadAt", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_cursors");

            migrationBuilder.DropIndex(
                name: "IX_notifications_ReadAt_At",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "Digest",
                table: "notification_preferences");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "notification_preferences");
        }
    }
}
