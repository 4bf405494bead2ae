using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DigitalWorkplace.Onboarding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class QuizPools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MaxAttempts",
                schema: "onboarding",
                table: "steps",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "QuestionsPerAttempt",
                schema: "onboarding",
                table: "steps",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<List<int>>(
                name: "CorrectChoices",
                schema: "onboarding",
                table: "questions",
                type: "integer[]",
                nullable: false,
                defaultValue: new List<int>());

            migrationBuilder.AddColumn<bool>(
                name: "MultipleChoice",
                schema: "onboarding",
                table: "questions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Every existing question keeps its one right answer.
            migrationBuilder.Sql("UPDATE onboarding.questions SET \"CorrectChoices\" = ARRAY[\"CorrectChoice\"];");

            migrationBuilder.DropColumn(
                name: "CorrectChoice",
                schema: "onboarding",
                table: "questions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaxAttempts",
                schema: "onboarding",
                table: "steps");

            migrationBuilder.DropColumn(
                name: "QuestionsPerAttempt",
                schema: "onboarding",
                table: "steps");

            migrationBuilder.AddColumn<int>(
                name: "CorrectChoice",
                schema: "onboarding",
                table: "questions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("UPDATE onboarding.questions SET \"CorrectChoice\" = COALESCE(\"CorrectChoices\"[1], 0);");

            migrationBuilder.DropColumn(
                name: "CorrectChoices",
                schema: "onboarding",
                table: "questions");

            migrationBuilder.DropColumn(
                name: "MultipleChoice",
                schema: "onboarding",
                table: "questions");
        }
    }
}
