using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class PeopleAndRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "EmailIndex",
                schema: "identity",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_OrgUnitId",
                schema: "identity",
                table: "people");

            migrationBuilder.AddColumn<string>(
                name: "EmployeeId",
                schema: "identity",
                table: "people",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                schema: "identity",
                table: "people",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ManagerId",
                schema: "identity",
                table: "people",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                schema: "identity",
                table: "people",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                schema: "identity",
                table: "people",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StatusChangedAt",
                schema: "identity",
                table: "people",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                schema: "identity",
                table: "org_units",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "role_grants",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_grants_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "identity",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_role_grants_people_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "identity",
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The administrators of the old single role become platform administrators; then that role goes.
            migrationBuilder.Sql(
                "INSERT INTO identity.role_grants (\"Id\", \"PersonId\", \"Role\", \"OrgUnitId\", \"GrantedAt\") " +
                "SELECT r.\"UserId\", r.\"UserId\", 'PlatformAdmin', NULL, p.\"CreatedAt\" FROM identity.person_roles r JOIN identity.people p ON p.\"Id\" = r.\"UserId\"");
            migrationBuilder.DeleteData(
                schema: "identity",
                table: "roles",
                keyColumn: "Id",
                keyValue: new Guid("0193a5a0-0000-7000-8000-00000000a0a1"));

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "identity",
                table: "people",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_EmployeeId",
                schema: "identity",
                table: "people",
                column: "EmployeeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_ManagerId",
                schema: "identity",
                table: "people",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_people_OrgUnitId_Status",
                schema: "identity",
                table: "people",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_people_Status_EndDate",
                schema: "identity",
                table: "people",
                columns: new[] { "Status", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_role_grants_OrgUnitId",
                schema: "identity",
                table: "role_grants",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_role_grants_PersonId_Role_OrgUnitId",
                schema: "identity",
                table: "role_grants",
                columns: new[] { "PersonId", "Role", "OrgUnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "role_grants",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "EmailIndex",
                schema: "identity",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_EmployeeId",
                schema: "identity",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_ManagerId",
                schema: "identity",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_OrgUnitId_Status",
                schema: "identity",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_Status_EndDate",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "EmployeeId",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Languages",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ManagerId",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Position",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                schema: "identity",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "identity",
                table: "org_units");

            migrationBuilder.InsertData(
                schema: "identity",
                table: "roles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { new Guid("0193a5a0-0000-7000-8000-00000000a0a1"), "0a3b3f3e-5c1d-4c1e-9f55-7d8a9e0b6a11", "administrator", "ADMINISTRATOR" });

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "identity",
                table: "people",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_people_OrgUnitId",
                schema: "identity",
                table: "people",
                column: "OrgUnitId");
        }
    }
}
