using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class TrackVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CreatedBy",
                table: "tracks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyFingerprint",
                table: "tracks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "tracks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "tracks",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "tracks",
                type: "TEXT",
                nullable: false,
                defaultValue: Guid.Empty);

            migrationBuilder.AddColumn<long>(
                name: "PublishedAt",
                table: "tracks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "tracks",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "tracks",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "tracks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "steps",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "questions",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            // The tracks from before versions are each their own first, published version.
            migrationBuilder.Sql("UPDATE tracks SET \"LineageId\" = \"Id\", \"PublishedAt\" = \"CreatedAt\";");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_CreatedBy_IdempotencyKey",
                table: "tracks",
                columns: new[] { "CreatedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_LineageId_Draft",
                table: "tracks",
                column: "LineageId",
                unique: true,
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_LineageId_Published",
                table: "tracks",
                column: "LineageId",
                unique: true,
                filter: "\"Status\" = 'Published'");

            migrationBuilder.CreateIndex(
                name: "IX_tracks_LineageId_Version",
                table: "tracks",
                columns: new[] { "LineageId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tracks_CreatedBy_IdempotencyKey",
                table: "tracks");

            migrationBuilder.DropIndex(
                name: "IX_tracks_LineageId_Draft",
                table: "tracks");

            migrationBuilder.DropIndex(
                name: "IX_tracks_LineageId_Published",
                table: "tracks");

            migrationBuilder.DropIndex(
                name: "IX_tracks_LineageId_Version",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "IdempotencyFingerprint",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "LineageId",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "tracks");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "steps");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "questions");
        }
    }
}
