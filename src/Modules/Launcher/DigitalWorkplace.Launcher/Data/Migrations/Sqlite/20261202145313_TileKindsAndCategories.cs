using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Launcher.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class TileKindsAndCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "app_tiles",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "app_tiles",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Bookmark");

            // Tiles from before: a client id meant single sign-on, none a bookmark.
            migrationBuilder.Sql("UPDATE app_tiles SET \"Kind\" = CASE WHEN \"ClientId\" IS NULL THEN 'Bookmark' ELSE 'SingleSignOn' END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Category",
                table: "app_tiles");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "app_tiles");
        }
    }
}
