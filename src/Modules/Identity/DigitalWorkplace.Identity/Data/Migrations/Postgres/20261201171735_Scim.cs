using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Scim : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Department",
                schema: "identity",
                table: "people",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                schema: "identity",
                table: "people",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyName",
                schema: "identity",
                table: "people",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GivenName",
                schema: "identity",
                table: "people",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProvisionedBy",
                schema: "identity",
                table: "people",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Via",
                schema: "identity",
                table: "audit_log",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "scim_clients",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DefaultOrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scim_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scim_groups",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Tag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scim_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scim_groups_scim_clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "identity",
                        principalTable: "scim_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scim_group_members",
                schema: "identity",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scim_group_members", x => new { x.GroupId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_scim_group_members_people_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "identity",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_scim_group_members_scim_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "identity",
                        principalTable: "scim_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_ProvisionedBy_ExternalId",
                schema: "identity",
                table: "people",
                columns: new[] { "ProvisionedBy", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_scim_clients_Hash",
                schema: "identity",
                table: "scim_clients",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scim_group_members_PersonId",
                schema: "identity",
                table: "scim_group_members",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_scim_groups_ClientId",
                schema: "identity",
                table: "scim_groups",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_scim_groups_DisplayName",
                schema: "identity",
                table: "scim_groups",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_scim_groups_Tag",
                schema: "identity",
                table: "scim_groups",
                column: "Tag",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scim_group_members",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "scim_groups",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "scim_clients",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "IX_people_ProvisionedBy_ExternalId",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Department",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "FamilyName",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "GivenName",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ProvisionedBy",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Via",
                schema: "identity",
                table: "audit_log");
        }
    }
}
