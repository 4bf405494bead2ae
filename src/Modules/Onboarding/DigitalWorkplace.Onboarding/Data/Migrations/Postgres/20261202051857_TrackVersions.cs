using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class TrackVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CreatedBy",
                schema: "onboarding",
                table: "tracks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyFingerprint",
                schema: "onboarding",
                table: "tracks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                schema: "onboarding",
                table: "tracks",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                schema: "onboarding",
                table: "tracks",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                schema: "onboarding",
                table: "tracks",
                type: "uuid",
                nullable: false,
                defaultValue: Guid.Empty);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishedAt",
                schema: "onboarding",
                table: "tracks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                schema: "onboarding",
                table: "tracks",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                schema: "onboarding",
                table: "tracks",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "onboarding",
                table: "tracks",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                schema: "onboarding",
                table: "steps",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                schema: "onboarding",
                table: "questions",
                type: "text",
                nullable: false,
                defaultValue: "{}");

            // The tracks from before versions are each their own first, published version.
            migrationBuilder.Sql("UPDATE onboarding.tracks SET \"LineageId\" = \"Id\", \"PublishedAt\" = \"CreatedAt\";");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_CreatedBy_IdempotencyKey",
                schema: "onboarding",
                table: "tracks",
                columns: new[] { "CreatedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_LineageId_Draft",
                schema: "onboarding",
                table: "tracks",
                column: "LineageId",
                unique: true,
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_LineageId_Published",
                schema: "onboarding",
                table: "tracks",
                column: "LineageId",
                unique: true,
                filter: "\"Status\" = 'Published'");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_LineageId_Version",
                schema: "onboarding",
                table: "tracks",
                columns: new[] { "LineageId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tracks_CreatedBy_IdempotencyKey",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropIndex(
                name: "IX_tracks_LineageId_Draft",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropIndex(
                name: "IX_tracks_LineageId_Published",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropIndex(
                name: "IX_tracks_LineageId_Version",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "IdempotencyFingerprint",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Language",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "LineageId",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Translations",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "onboarding",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Translations",
                schema: "onboarding",
                table: "steps");

            migrationBuilder.DropColumn(
                name: "Translations",
                schema: "onboarding",
                table: "questions");
        }
    }
}
