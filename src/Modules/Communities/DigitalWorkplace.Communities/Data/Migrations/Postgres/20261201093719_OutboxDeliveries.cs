using System;
using DigitalWorkplace.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Communities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class OutboxDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Type",
                schema: "communities",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.CreateTable(
                name: "outbox_deliveries",
                schema: "communities",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subscriber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_deliveries", x => new { x.MessageId, x.Subscriber });
                    table.ForeignKey(
                        name: "FK_outbox_deliveries_outbox_messages_MessageId",
                        column: x => x.MessageId,
                        principalSchema: "communities",
                        principalTable: "outbox_messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OccurredAt",
                schema: "communities",
                table: "outbox_messages",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt",
                schema: "communities",
                table: "inbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_dead",
                schema: "communities",
                table: "outbox_deliveries",
                column: "DeadAt",
                filter: "\"DeadAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_deliveries_DeliveredAt",
                schema: "communities",
                table: "outbox_deliveries",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_deliveries_due",
                schema: "communities",
                table: "outbox_deliveries",
                columns: new[] { "Subscriber", "MessageId" },
                filter: "\"DeliveredAt\" IS NULL AND \"DeadAt\" IS NULL");

            // Before the per-message retry columns go: what is still waiting gets its deliveries, every message its stable name.
            migrationBuilder.MoveWaitingMessagesToDeliveries(
                "communities",
                new UpgradedEvent("DigitalWorkplace.Communities.Contracts.CommunityCreatedIntegrationEvent", "communities.community-created", "search.index-community"),
                new UpgradedEvent("DigitalWorkplace.Communities.Contracts.MemberJoinedIntegrationEvent", "communities.member-joined", "live.sync-membership"),
                new UpgradedEvent("DigitalWorkplace.Communities.Contracts.MemberLeftIntegrationEvent", "communities.member-left", "live.sync-membership"));

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Attempts",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LastError",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "ProcessedAt",
                schema: "communities",
                table: "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_deliveries",
                schema: "communities");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_OccurredAt",
                schema: "communities",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_inbox_messages_ProcessedAt",
                schema: "communities",
                table: "inbox_messages");

            migrationBuilder.AlterColumn<string>(
                name: "Type",
                schema: "communities",
                table: "outbox_messages",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                schema: "communities",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                schema: "communities",
                table: "outbox_messages",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                schema: "communities",
                table: "outbox_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockedUntil",
                schema: "communities",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                schema: "communities",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ProcessedAt",
                schema: "communities",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "communities",
                table: "outbox_messages",
                column: "ProcessedAt");
        }
    }
}
