using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class PeopleAndRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "EmailIndex",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_OrgUnitId",
                table: "people");

            migrationBuilder.AddColumn<string>(
                name: "EmployeeId",
                table: "people",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "people",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ManagerId",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "people",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<long>(
                name: "StatusChangedAt",
                table: "people",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "org_units",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "role_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_grants_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_role_grants_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The administrators of the old single role become platform administrators; then that role goes.
            migrationBuilder.Sql(
                "INSERT INTO role_grants (\"Id\", \"PersonId\", \"Role\", \"OrgUnitId\", \"GrantedAt\") " +
                "SELECT r.\"UserId\", r.\"UserId\", 'PlatformAdmin', NULL, p.\"CreatedAt\" FROM person_roles r JOIN people p ON p.\"Id\" = r.\"UserId\"");
            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "Id",
                keyValue: new Guid("0193a5a0-0000-7000-8000-00000000a0a1"));

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "people",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_EmployeeId",
                table: "people",
                column: "EmployeeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_ManagerId",
                table: "people",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_people_OrgUnitId_Status",
                table: "people",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_people_Status_EndDate",
                table: "people",
                columns: new[] { "Status", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_role_grants_OrgUnitId",
                table: "role_grants",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_role_grants_PersonId_Role_OrgUnitId",
                table: "role_grants",
                columns: new[] { "PersonId", "Role", "OrgUnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "role_grants");

            migrationBuilder.DropIndex(
                name: "EmailIndex",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_EmployeeId",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_ManagerId",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_OrgUnitId_Status",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_Status_EndDate",
                table: "people");

            migrationBuilder.DropColumn(
                name: "EmployeeId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ManagerId",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "people");

            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "org_units");

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { new Guid("0193a5a0-0000-7000-8000-00000000a0a1"), "0a3b3f3e-5c1d-4c1e-9f55-7d8a9e0b6a11", "administrator", "ADMINISTRATOR" });

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "people",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_people_OrgUnitId",
                table: "people",
                column: "OrgUnitId");
        }
    }
}
