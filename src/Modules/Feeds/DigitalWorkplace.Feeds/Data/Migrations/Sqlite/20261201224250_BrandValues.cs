using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class BrandValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BrandValueId",
                table: "posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecognisedIds",
                table: "posts",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "brand_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Icon = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brand_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recognitions",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BrandValueId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognitions", x => new { x.PostId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_recognitions_brand_values_BrandValueId",
                        column: x => x.BrandValueId,
                        principalTable: "brand_values",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_recognitions_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_recognitions_BrandValueId_GivenAt",
                table: "recognitions",
                columns: new[] { "BrandValueId", "GivenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_recognitions_GivenAt",
                table: "recognitions",
                column: "GivenAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recognitions");

            migrationBuilder.DropTable(
                name: "brand_values");

            migrationBuilder.DropColumn(
                name: "BrandValueId",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "RecognisedIds",
                table: "posts");
        }
    }
}
