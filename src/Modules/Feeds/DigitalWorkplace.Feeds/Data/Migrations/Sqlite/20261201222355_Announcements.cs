using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Announcements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AudienceIds = table.Column<string>(type: "TEXT", nullable: false),
                    MustRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcknowledgeBefore = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IdempotencyFingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "announcement_recipients",
                columns: table => new
                {
                    AnnouncementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcement_recipients", x => new { x.AnnouncementId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_announcement_recipients_announcements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "announcements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_announcement_recipients_PersonId_AnnouncementId",
                table: "announcement_recipients",
                columns: new[] { "PersonId", "AnnouncementId" });

            migrationBuilder.CreateIndex(
                name: "IX_announcements_AuthorId_IdempotencyKey",
                table: "announcements",
                columns: new[] { "AuthorId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_announcements_PublishedAt",
                table: "announcements",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "announcement_recipients");

            migrationBuilder.DropTable(
                name: "announcements");
        }
    }
}
