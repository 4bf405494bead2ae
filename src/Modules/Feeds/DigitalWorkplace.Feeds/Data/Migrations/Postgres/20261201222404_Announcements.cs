using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Announcements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "announcements",
                schema: "feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Markdown = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AudienceIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    MustRead = table.Column<bool>(type: "boolean", nullable: false),
                    AcknowledgeBefore = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IdempotencyFingerprint = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "announcement_recipients",
                schema: "feeds",
                columns: table => new
                {
                    AnnouncementId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcement_recipients", x => new { x.AnnouncementId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_announcement_recipients_announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalSchema: "feeds",
                        principalTable: "announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_announcement_recipients_PersonId_AnnouncementId",
                schema: "feeds",
                table: "announcement_recipients",
                columns: new[] { "PersonId", "AnnouncementId" });

            migrationBuilder.CreateIndex(
                name: "IX_announcements_AuthorId_IdempotencyKey",
                schema: "feeds",
                table: "announcements",
                columns: new[] { "AuthorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_announcements_PublishedAt",
                schema: "feeds",
                table: "announcements",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "announcement_recipients",
                schema: "feeds");

            migrationBuilder.DropTable(
                name: "announcements",
                schema: "feeds");
        }
    }
}
