using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Scim : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Department",
                table: "people",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "people",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyName",
                table: "people",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GivenName",
                table: "people",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProvisionedBy",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Via",
                table: "audit_log",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "scim_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DefaultOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scim_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scim_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scim_groups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scim_groups_scim_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "scim_clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scim_group_members",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scim_group_members", x => new { x.GroupId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_scim_group_members_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_scim_group_members_scim_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "scim_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_ProvisionedBy_ExternalId",
                table: "people",
                columns: new[] { "ProvisionedBy", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_scim_clients_Hash",
                table: "scim_clients",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scim_group_members_PersonId",
                table: "scim_group_members",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_scim_groups_ClientId",
                table: "scim_groups",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_scim_groups_DisplayName",
                table: "scim_groups",
                column: "DisplayName");

            migrationBuilder.CreateIndex(
                name: "IX_scim_groups_Tag",
                table: "scim_groups",
                column: "Tag",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scim_group_members");

            migrationBuilder.DropTable(
                name: "scim_groups");

            migrationBuilder.DropTable(
                name: "scim_clients");

            migrationBuilder.DropIndex(
                name: "IX_people_ProvisionedBy_ExternalId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Department",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "FamilyName",
                table: "people");

            migrationBuilder.DropColumn(
                name: "GivenName",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ProvisionedBy",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Via",
                table: "audit_log");
        }
    }
}
