using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Live.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class EmailDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Digest",
                schema: "live",
                table: "notification_preferences",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Daily");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "live",
                table: "notification_preferences",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "digest_cursors",
                schema: "live",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentUpTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_cursors", x => x.PersonId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ReadAt_At",
                schema: "live",
                table: "notifications",
                columns: new[] { "ReadAt", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digest_cursors",
                schema: "live");

            migrationBuilder.DropIndex(
                name: "IX_notifications_ReadAt_At",
                schema: "live",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "Digest",
                schema: "live",
                table: "notification_preferences");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "live",
                table: "notification_preferences");
        }
    }
}
