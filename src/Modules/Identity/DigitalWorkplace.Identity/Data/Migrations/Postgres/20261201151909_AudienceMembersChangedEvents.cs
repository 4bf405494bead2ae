using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Identity.Data.Migrations.Postgres
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
                UPDATE "identity"."outbox_messages"
                SET "Type" = 'identity.audience-members-changed',
                    "Payload" = jsonb_build_object(
                        'eventId', "Payload"::jsonb -> 'eventId',
                        'audienceId', "Payload"::jsonb -> 'audienceId',
                        'changes', jsonb_build_array(jsonb_build_object(
                            'personId', "Payload"::jsonb -> 'personId',
                            'isMember', "Payload"::jsonb -> 'isMember',
                            'startDate', "Payload"::jsonb -> 'startDate')))::text
                WHERE "Type" = 'identity.audience-membership-changed';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
