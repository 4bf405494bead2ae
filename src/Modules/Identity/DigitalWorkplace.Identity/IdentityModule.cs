using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.CreateAccessToken;
using DigitalWorkplace.Identity.Features.CreatePerson;
using DigitalWorkplace.Identity.Features.GetMe;
using DigitalWorkplace.Identity.Features.GetPerson;
using DigitalWorkplace.Identity.Features.ListMyAccessTokens;
using DigitalWorkplace.Identity.Features.ListPeople;
using DigitalWorkplace.Identity.Features.Organization;
using DigitalWorkplace.Identity.Features.RevokeMyAccessToken;
using DigitalWorkplace.Identity.Features.SignIn;
using DigitalWorkplace.Identity.Features.SignOut;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Identity;

/// <summary>The Identity module's only public surface.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<IdentityModuleDbContext, SqliteIdentityDbContext, PostgresIdentityDbContext>(database);
        services.AddPlatformAuthentication();
        services.AddMemoryCache();

        services.TryAddScoped<IAccountService, AccountService>();
        services.TryAddScoped<IPeopleDirectory, PeopleDirectory>();
        services.TryAddScoped<IOrganizationService, OrganizationService>();
        return services;
    }

    /// <summary>The people and token API, and at the root the browser's sign-in and sign-out form posts.</summary>
    public static void MapIdentityEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var people = endpoints.Api.MapGroup("/people").WithTags("People");
        GetMeEndpoint.Map(people);
        ListPeopleEndpoint.Map(people);
        GetPersonEndpoint.Map(people);
        CreatePersonEndpoint.Map(people);

        var tokens = endpoints.Api.MapGroup("").WithTags("Access tokens");
        CreateAccessTokenEndpoint.Map(tokens);
        ListMyAccessTokensEndpoint.Map(tokens);
        RevokeMyAccessTokenEndpoint.Map(tokens);

        SignInEndpoint.Map(endpoints.Root);
        SignOutEndpoint.Map(endpoints.Root);
    }
}
