using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class AssignmentLineageAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DueSoonRemindedAt",
                schema: "onboarding",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                schema: "onboarding",
                table: "assignments",
                type: "uuid",
                nullable: false,
                defaultValue: Guid.Empty);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueNoticedAt",
                schema: "onboarding",
                table: "assignments",
                type: "timestamp with time zone",
                nullable: true);

            // Each assignment's track, across versions: until now every track was its own lineage.
            migrationBuilder.Sql("UPDATE onboarding.assignments SET \"LineageId\" = (SELECT t.\"LineageId\" FROM onboarding.tracks t WHERE t.\"Id\" = onboarding.assignments.\"TrackId\");");

            migrationBuilder.CreateIndex(
                name: "IX_assignments_PersonId_LineageId",
                schema: "onboarding",
                table: "assignments",
                columns: new[] { "PersonId", "LineageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assignments_PersonId_LineageId",
                schema: "onboarding",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "DueSoonRemindedAt",
                schema: "onboarding",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "LineageId",
                schema: "onboarding",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "OverdueNoticedAt",
                schema: "onboarding",
                table: "assignments");
        }
    }
}
