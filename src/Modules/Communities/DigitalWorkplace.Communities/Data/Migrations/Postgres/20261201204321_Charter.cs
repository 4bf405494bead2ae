using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Communities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Charter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CharterAcceptedVersion",
                schema: "communities",
                table: "memberships",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Charter",
                schema: "communities",
                table: "communities",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CharterVersion",
                schema: "communities",
                table: "communities",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CharterAcceptedVersion",
                schema: "communities",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "Charter",
                schema: "communities",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "CharterVersion",
                schema: "communities",
                table: "communities");
        }
    }
}
