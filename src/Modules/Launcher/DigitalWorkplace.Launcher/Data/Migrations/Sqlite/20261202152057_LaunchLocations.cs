using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Launcher.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class LaunchLocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrgUnitId",
                table: "app_launches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_app_launches_PersonId",
                table: "app_launches",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_app_launches_PersonId",
                table: "app_launches");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                table: "app_launches");
        }
    }
}
