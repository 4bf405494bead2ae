using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class QuizPools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxAttempts",
                table: "steps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuestionsPerAttempt",
                table: "steps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CorrectChoices",
                table: "questions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "MultipleChoice",
                table: "questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Every existing question keeps its one right answer.
            migrationBuilder.Sql("UPDATE questions SET CorrectChoices = '[' || CorrectChoice || ']';");

            migrationBuilder.DropColumn(
                name: "CorrectChoice",
                table: "questions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxAttempts",
                table: "steps");

            migrationBuilder.DropColumn(
                name: "QuestionsPerAttempt",
                table: "steps");

            migrationBuilder.AddColumn<int>(
                name: "CorrectChoice",
                table: "questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("UPDATE questions SET CorrectChoice = COALESCE(json_extract(CorrectChoices, '$[0]'), 0);");

            migrationBuilder.DropColumn(
                name: "CorrectChoices",
                table: "questions");

            migrationBuilder.DropColumn(
                name: "MultipleChoice",
                table: "questions");
        }
    }
}
