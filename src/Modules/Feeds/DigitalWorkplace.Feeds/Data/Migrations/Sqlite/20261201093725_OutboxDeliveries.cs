using System;
using DigitalWorkplace.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class OutboxDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subscriber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_deliveries", x => new { x.MessageId, x.Subscriber });
                    table.ForeignKey(
                        name: "FK_outbox_deliveries_outbox_messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "outbox_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OccurredAt",
                table: "outbox_messages",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt",
                table: "inbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_dead",
                table: "outbox_deliveries",
                column: "DeadAt",
                filter: "\"DeadAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_deliveries_DeliveredAt",
                table: "outbox_deliveries",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_due",
                table: "outbox_deliveries",
                columns: new[] { "Subscriber", "MessageId" },
                filter: "\"DeliveredAt\" IS NULL AND \"DeadAt\" IS NULL");

            // Before the per-message retry columns go: what is still waiting gets its deliveries, every message its stable name.
            migrationBuilder.MoveWaitingMessagesToDeliveries(
                null,
                new UpgradedEvent("DigitalWorkplace.Feeds.Contracts.PostPublishedIntegrationEvent", "feeds.post-published", "search.index-post", "live.broadcast-post"),
                new UpgradedEvent("DigitalWorkplace.Feeds.Contracts.CommentAddedIntegrationEvent", "feeds.comment-added", "search.index-comment", "live.broadcast-comment", "live.notify-post-author"),
                new UpgradedEvent("DigitalWorkplace.Feeds.Contracts.ReactionAddedIntegrationEvent", "feeds.reaction-added", "live.broadcast-reaction"));

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt",
                table: "outbox_messages");

            // SQLite drops a column in place (3.35+): EF Core would rebuild the table, outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"Attempts\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"LastError\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"LockedBy\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"LockedUntil\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"NextAttemptAt\";");

            migrationBuilder.Sql("ALTER TABLE \"outbox_messages\" DROP COLUMN \"ProcessedAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_OccurredAt",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_inbox_messages_ProcessedAt",
                table: "inbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                table: "outbox_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LockedUntil",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NextAttemptAt",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProcessedAt",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                table: "outbox_messages",
                column: "ProcessedAt");
        }
    }
}
