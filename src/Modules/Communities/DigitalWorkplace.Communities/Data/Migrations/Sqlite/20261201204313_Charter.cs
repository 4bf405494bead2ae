using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Communities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Charter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CharterAcceptedVersion",
                table: "memberships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Charter",
                table: "communities",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CharterVersion",
                table: "communities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CharterAcceptedVersion",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "Charter",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "CharterVersion",
                table: "communities");
        }
    }
}
