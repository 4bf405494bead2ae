using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Launcher.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class TileAudiences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "AudienceIds",
                schema: "launcher",
                table: "app_tiles",
                type: "uuid[]",
                nullable: false,
                // Existing tiles are for everyone, as before.
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AudienceIds",
                schema: "launcher",
                table: "app_tiles");
        }
    }
}
