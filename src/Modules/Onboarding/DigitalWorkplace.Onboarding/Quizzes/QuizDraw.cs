using System.Security.Cryptography;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Quizzes;

/// <summary>
/// Which questions an attempt asks, in which order: drawn from the quiz's pool and shuffled, the same on every node and
/// after a restart for one person, step, round and attempt number (the page shows it, the submission is held to it), and
/// different for the next attempt and the next round of a refresher — so a retry is not the same sheet again.
/// </summary>
internal static class QuizDraw
{
    /// <param name="round">When the person's round of the track began (<c>Assignment.AssignedAt</c>).</param>
    public static IReadOnlyList<Question> For(Step step, Guid personId, DateTimeOffset round, int attempt)
    {
        var pool = step.Questions.OrderBy(q => q.Order).ToList();
        Span<byte> seed = stackalloc byte[44];
        personId.TryWriteBytes(seed);
        step.Id.TryWriteBytes(seed[16..]);
        BitConverter.TryWriteBytes(seed[32..], attempt);
        BitConverter.TryWriteBytes(seed[36..], round.UtcTicks);
        var random = new Random(BitConverter.ToInt32(SHA256.HashData(seed)));
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pool));
        return step.QuestionsPerAttempt is > 0 and var take && take < pool.Count ? pool[..take] : pool;
    }

    /// <summary>Right means exactly the right choices: none missing, none extra.</summary>
    public static bool IsRight(Question question, IReadOnlyList<int> chosen) =>
        chosen.Count == question.CorrectChoices.Count && chosen.All(question.CorrectChoices.Contains);
}
