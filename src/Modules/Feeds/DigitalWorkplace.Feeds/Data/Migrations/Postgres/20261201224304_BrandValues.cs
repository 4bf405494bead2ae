using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Feeds.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class BrandValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BrandValueId",
                schema: "feeds",
                table: "posts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "RecognisedIds",
                schema: "feeds",
                table: "posts",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateTable(
                name: "brand_values",
                schema: "feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Icon = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameFr = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_brand_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recognitions",
                schema: "feeds",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandValueId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recognitions", x => new { x.PostId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_recognitions_brand_values_BrandValueId",
                        column: x => x.BrandValueId,
                        principalSchema: "feeds",
                        principalTable: "brand_values",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_recognitions_posts_PostId",
                        column: x => x.PostId,
                        principalSchema: "feeds",
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_recognitions_BrandValueId_GivenAt",
                schema: "feeds",
                table: "recognitions",
                columns: new[] { "BrandValueId", "GivenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_recognitions_GivenAt",
                schema: "feeds",
                table: "recognitions",
                column: "GivenAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "recognitions",
                schema: "feeds");

            migrationBuilder.DropTable(
                name: "brand_values",
                schema: "feeds");

            migrationBuilder.DropColumn(
                name: "BrandValueId",
                schema: "feeds",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "RecognisedIds",
                schema: "feeds",
                table: "posts");
        }
    }
}
