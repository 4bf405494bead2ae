using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AudienceMembersChangedEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Events written before membership changes were batched become one-change events of the new shape, so
            // those still waiting for delivery (an import running during the upgrade) reach Onboarding.
            migrationBuilder.Sql("""
                UPDATE "outbox_messages"
                SET "Type" = 'identity.audience-members-changed',
                    "Payload" = json_object(
                        'eventId', json_extract("Payload", '$.eventId'),
                        'audienceId', json_extract("Payload", '$.audienceId'),
                        'changes', json_array(json_object(
                            'personId', json_extract("Payload", '$.personId'),
                            'isMember', json(CASE WHEN json_extract("Payload", '$.isMember') THEN 'true' ELSE 'false' END),
                            'startDate', json_extract("Payload", '$.startDate'))))
                WHERE "Type" = 'identity.audience-membership-changed';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
