using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DigitalWorkplace.BuildingBlocks.Tests;

public sealed class AuthorizationBehaviorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_WithNeitherAuthorizerNorMarker_IsRefusedWithoutRunningItsHandler()
    {
        var ran = false;

        var result = await RunAsync<Unguarded>(new Unguarded(), SignedIn, [], () => ran = true);

        Assert.False(ran);
        Assert.Equal("auth.no_authorizer", result.Error?.Code);
        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }

    [Fact]
    public async Task RequestOpenToAnyActivePerson_RunsForAnySignedInPerson()
    {
        var result = await RunAsync<Open>(new Open(), SignedIn, [], () => { });

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task AnyRequest_FromNobody_IsUnauthorized()
    {
        var result = await RunAsync<Open>(new Open(), new FakeUser(null), [], () => { });

        Assert.Equal(ErrorKind.Unauthorized, result.Error?.Kind);
    }

    [Fact]
    public async Task Request_WhoseAuthorizerRefuses_GetsThatRefusal()
    {
        var refusal = Error.NotFound("thing.not_found");

        var result = await RunAsync<Unguarded>(new Unguarded(), SignedIn, [new Refusing(refusal)], () => { });

        Assert.Same(refusal, result.Error);
    }

    [Fact]
    public void AddAuthorizers_ClosesAGenericAuthorizerOverTheRequestsMeetingItsConstraint()
    {
        var services = new ServiceCollection().AddAuthorizers(typeof(AuthorizationBehaviorTests).Assembly);

        Assert.Contains(services, d => d.ServiceType == typeof(IAuthorizer<Tracked>) && d.ImplementationType == typeof(TrackedAuthorizer<Tracked>));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IAuthorizer<Open>));
        Assert.Contains(services, d => d.ServiceType == typeof(IAuthorizer<Unguarded>) && d.ImplementationType == typeof(UnguardedAuthorizer));
    }

    private static FakeUser SignedIn => new(Guid.NewGuid());

    private static async Task<Result<Done>> RunAsync<TRequest>(TRequest request, ICurrentUser user, IAuthorizer<TRequest>[] authorizers, Action handler)
        where TRequest : IMessage
    {
        var behavior = new AuthorizationBehavior<TRequest, Result<Done>>(user, authorizers, NullLogger<AuthorizationBehavior<TRequest, Result<Done>>>.Instance);
        return await behavior.Handle(request, (_, _) =>
        {
            handler();
            return ValueTask.FromResult<Result<Done>>(Done.Value);
        }, Cancel);
    }

    internal sealed record Unguarded : ICommand<Result<Done>>;

    internal sealed record Open : ICommand<Result<Done>>, IAnyActivePersonRequest;

    internal interface ITracked;

    internal sealed record Tracked : ICommand<Result<Done>>, ITracked;

    internal sealed class TrackedAuthorizer<TRequest> : IAuthorizer<TRequest>
        where TRequest : ITracked
    {
        public ValueTask<Error?> AuthorizeAsync(TRequest message, ICurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<Error?>(null);
    }

    internal sealed class UnguardedAuthorizer : IAuthorizer<Unguarded>
    {
        public ValueTask<Error?> AuthorizeAsync(Unguarded message, ICurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<Error?>(null);
    }

    private sealed class Refusing(Error error) : IAuthorizer<Unguarded>
    {
        public ValueTask<Error?> AuthorizeAsync(Unguarded message, ICurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<Error?>(error);
    }

    private sealed class FakeUser(Guid? id) : ICurrentUser
    {
        public bool IsAuthenticated => id is not null;

        public Guid PersonId => id ?? throw new InvalidOperationException();

        public bool IsAdministrator => false;
    }
}
