using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.AddMember;

/// <summary>An owner, moderator or administrator adds someone to a community (the way into a private one).</summary>
internal sealed record AddMember(Guid CommunityId, Guid? PersonId) : ICommand<Result<CommunitySummary>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator.That(PersonId is { } id && id != Guid.Empty, "personId", FieldError.Required());
}

internal sealed class AddMemberAuthorizer(CommunityPolicy policy) : IAuthorizer<AddMember>
{
    public async ValueTask<Error?> AuthorizeAsync(AddMember message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class AddMemberHandler(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddMember, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(AddMember command, CancellationToken cancellationToken)
    {
        var personId = command.PersonId!.Value;
        var found = await people.GetManyAsync([personId], cancellationToken);
        if (!found.ContainsKey(personId))
        {
            return Error.NotFound("person.not_found", "No such person.");
        }

        if (await policy.MayBecomeMemberAsync(personId, command.CommunityId, cancellationToken) is { } outside)
        {
            return outside;
        }

        await Memberships.AddAsync(db, cache, command.CommunityId, personId, clock, cancellationToken);
        return await db.SummaryAsync(command.CommunityId, user.PersonId, cancellationToken) is { } summary ? summary : CommunityPolicy.NotFound;
    }
}
