using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Launcher.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class LaunchLocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrgUnitId",
                schema: "launcher",
                table: "app_launches",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_app_launches_PersonId",
                schema: "launcher",
                table: "app_launches",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_app_launches_PersonId",
                schema: "launcher",
                table: "app_launches");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                schema: "launcher",
                table: "app_launches");
        }
    }
}
