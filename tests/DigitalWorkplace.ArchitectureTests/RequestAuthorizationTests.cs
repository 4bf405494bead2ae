using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Host.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>
/// Fail closed, by construction: every Mediator request of every module either has an authorizer (found by convention)
/// or says on itself that any signed-in active person may send it — never both, never neither.
/// </summary>
public sealed class RequestAuthorizationTests
{
    [Fact]
    public async Task EveryRequest_HasAnAuthorizerOrIsOpenToAnyActivePerson()
    {
        await using var app = TestHost.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var problems = new List<string>();
        var checkedRequests = 0;
        foreach (var module in ModuleCatalog.All)
        {
            foreach (var request in Modules.Requests(module.Assembly))
            {
                checkedRequests++;
                var authorizers = scope.ServiceProvider.GetServices(typeof(IAuthorizer<>).MakeGenericType(request)).Count();
                var open = typeof(IAnyActivePersonRequest).IsAssignableFrom(request);
                if (authorizers == 0 && !open)
                {
                    problems.Add($"{request.FullName} has no authorizer and is not marked IAnyActivePersonRequest");
                }
                else if (authorizers > 0 && open)
                {
                    problems.Add($"{request.FullName} is marked IAnyActivePersonRequest yet has {authorizers} authorizer(s): say one thing");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(checkedRequests >= 25, $"Only {checkedRequests} requests found: the scan is broken.");
    }

    [Fact]
    public void EveryRequest_AnswersAResult_SoThePipelineCanRefuseIt()
    {
        // The authorization and validation behaviours apply to responses that can carry an error; any other response
        // type would skip them.
        var problems = ModuleCatalog.All
            .SelectMany(m => Modules.Requests(m.Assembly))
            .Where(request => ResponseOf(request) is not { } response || !response.GetInterfaces().Any(IsResultFactory))
            .Select(request => request.FullName)
            .ToList();

        Assert.Empty(problems);
    }

    private static Type? ResponseOf(Type request) =>
        request.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
                && (d == typeof(Mediator.IRequest<>) || d == typeof(Mediator.ICommand<>) || d == typeof(Mediator.IQuery<>)))
            ?.GetGenericArguments()[0];

    private static bool IsResultFactory(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IResultFactory<>);
}
