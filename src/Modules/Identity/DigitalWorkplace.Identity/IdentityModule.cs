using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.AccessTokens;
using DigitalWorkplace.Identity.Features.Account;
using DigitalWorkplace.Identity.Features.CreatePerson;
using DigitalWorkplace.Identity.Features.Organization;
using DigitalWorkplace.Identity.Features.People;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.Identity;

/// <summary>The Identity module's only public surface.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<IdentityModuleDbContext, SqliteIdentityDbContext, PostgresIdentityDbContext>(database, IdentityModuleDbContext.Schema);
        services.AddPlatformAuthentication();
        services.AddMemoryCache();

        services.TryAddScoped<IAccountService, AccountService>();
        services.TryAddScoped<IPeopleDirectory, PeopleDirectory>();
        services.TryAddScoped<IOrganizationService, OrganizationService>();

        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<CreatePerson>, CreatePersonAuthorizer>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizer<CreateAccessToken>, CreateAccessTokenAuthorizer>());
        return services;
    }

    /// <summary>Maps the module's API under the group the host gives (<c>/api/v1</c>).</summary>
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").RequireAuthorization();
        people.MapPeopleEndpoints();
        people.MapCreatePerson();
        api.MapAccessTokenEndpoints();
        return api;
    }

    /// <summary>Non-API account endpoints at the root: the sign-in and sign-out form posts.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder root)
    {
        root.MapAccountForms();
        return root;
    }
}
