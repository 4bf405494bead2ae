using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AssignmentLineageAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DueSoonRemindedAt",
                table: "assignments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "assignments",
                type: "TEXT",
                nullable: false,
                defaultValue: Guid.Empty);

            migrationBuilder.AddColumn<long>(
                name: "OverdueNoticedAt",
                table: "assignments",
                type: "INTEGER",
                nullable: true);

            // Each assignment's track, across versions: until now every track was its own lineage.
            migrationBuilder.Sql("UPDATE assignments SET \"LineageId\" = (SELECT t.\"LineageId\" FROM tracks t WHERE t.\"Id\" = assignments.\"TrackId\");");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_PersonId_LineageId",
                table: "assignments",
                columns: new[] { "PersonId", "LineageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assignments_PersonId_LineageId",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "DueSoonRemindedAt",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "LineageId",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "OverdueNoticedAt",
                table: "assignments");
        }
    }
}
