namespace DigitalWorkplace.Onboarding.Contracts;

/// <summary>Onboarding figures about people, for the admin pages (a season's dashboard).</summary>
public interface IOnboardingReports
{
    /// <summary>
    /// Of these people, those who have completed every track assigned to them (and have at least one). Only the people
    /// the current person administers are counted: the others are left out, as if they had not finished.
    /// </summary>
    Task<IReadOnlySet<Guid>> CompletedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);
}
