using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.CreateAccessToken;
using DigitalWorkplace.Identity.Features.CreatePerson;
using DigitalWorkplace.Identity.Features.GetMe;
using DigitalWorkplace.Identity.Features.GetPerson;
using DigitalWorkplace.Identity.Features.GetPhoto;
using DigitalWorkplace.Identity.Features.ListMyAccessTokens;
using DigitalWorkplace.Identity.Features.ListPeople;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Features.AddSeasonMembers;
using DigitalWorkplace.Identity.Features.CreateAudience;
using DigitalWorkplace.Identity.Features.DeleteAudience;
using DigitalWorkplace.Identity.Features.ListAudienceMembers;
using DigitalWorkplace.Identity.Features.ListAudiences;
using DigitalWorkplace.Identity.Features.ConfirmTwoFactor;
using DigitalWorkplace.Identity.Features.DisableTwoFactor;
using DigitalWorkplace.Identity.Features.GetTwoFactorStatus;
using DigitalWorkplace.Identity.Features.StartTwoFactor;
using DigitalWorkplace.Identity.Features.SignInWithCode;
using DigitalWorkplace.Identity.Features.UpdateAudience;
using DigitalWorkplace.Identity.Features.ApprovePerson;
using DigitalWorkplace.Identity.Features.CreateLocationCode;
using DigitalWorkplace.Identity.Features.InviteGuest;
using DigitalWorkplace.Identity.Features.InvitePerson;
using DigitalWorkplace.Identity.Features.ListInvitations;
using DigitalWorkplace.Identity.Features.RevokeInvitation;
using DigitalWorkplace.Identity.Features.GetImport;
using DigitalWorkplace.Identity.Features.GetImportReport;
using DigitalWorkplace.Identity.Features.ImportPeople;
using DigitalWorkplace.Identity.Imports;
using DigitalWorkplace.Identity.Invitations;
using DigitalWorkplace.Identity.Features.BringBackSeason;
using DigitalWorkplace.Identity.Features.ChangeGuestScope;
using DigitalWorkplace.Identity.Features.ChangePassword;
using DigitalWorkplace.Identity.Features.ChangeSignInName;
using DigitalWorkplace.Identity.Features.ErasePerson;
using DigitalWorkplace.Identity.Features.ExportPersonalData;
using DigitalWorkplace.Identity.Features.ExportOrganization;
using DigitalWorkplace.Identity.Features.CloseOrgUnit;
using DigitalWorkplace.Identity.Features.CreateSeason;
using DigitalWorkplace.Identity.Features.GetSeason;
using DigitalWorkplace.Identity.Features.ListSeasons;
using DigitalWorkplace.Identity.Features.UpdateSeason;
using DigitalWorkplace.Identity.Features.CreateOrgUnit;
using DigitalWorkplace.Identity.Features.EndAccess;
using DigitalWorkplace.Identity.Features.GetPersonAccount;
using DigitalWorkplace.Identity.Features.GrantRole;
using DigitalWorkplace.Identity.Features.ListManagedPeople;
using DigitalWorkplace.Identity.Features.ListOrgUnits;
using DigitalWorkplace.Identity.Features.ReactivatePerson;
using DigitalWorkplace.Identity.Features.ResetTwoFactor;
using DigitalWorkplace.Identity.Features.RevokeRole;
using DigitalWorkplace.Identity.Features.UpdateOrgUnit;
using DigitalWorkplace.Identity.Features.UpdatePerson;
using DigitalWorkplace.Identity.Features.RevokeMyAccessToken;
using DigitalWorkplace.Identity.Features.SetPhoto;
using DigitalWorkplace.Identity.Features.SignIn;
using DigitalWorkplace.Identity.Features.SignInWithEntra;
using DigitalWorkplace.Identity.Features.SignOut;
using DigitalWorkplace.Identity.Features.ExportAuditEntries;
using DigitalWorkplace.Identity.Features.ListAuditEntries;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Features.CreateScimClient;
using DigitalWorkplace.Identity.Features.ListScimClients;
using DigitalWorkplace.Identity.Features.RevokeScimClient;
using DigitalWorkplace.Identity.Features.ListScimUsers;
using DigitalWorkplace.Identity.Features.GetScimUser;
using DigitalWorkplace.Identity.Features.CreateScimUser;
using DigitalWorkplace.Identity.Features.UpdateScimUser;
using DigitalWorkplace.Identity.Features.DeleteScimUser;
using DigitalWorkplace.Identity.Features.ListScimGroups;
using DigitalWorkplace.Identity.Features.GetScimGroup;
using DigitalWorkplace.Identity.Features.CreateScimGroup;
using DigitalWorkplace.Identity.Features.ReplaceScimGroup;
using DigitalWorkplace.Identity.Features.PatchScimGroup;
using DigitalWorkplace.Identity.Features.DeleteScimGroup;
using Microsoft.AspNetCore.Authorization;
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
        var authentication = services.AddPlatformAuthentication();
        if (Entra.EntraSignIn.IsConfigured(configuration))
        {
            Entra.EntraSignIn.AddEntraSignIn(authentication, configuration);
        }

        services.Configure<Entra.EntraOptions>(configuration.GetSection(Entra.EntraOptions.Section));
        services.TryAddScoped<Entra.EntraAccounts>();
        services.TryAddSingleton<IExternalSignIn>(new Entra.ExternalSignIn(Entra.EntraSignIn.IsConfigured(configuration)));
        services.AddMemoryCache();

        services.TryAddScoped<IAccountService, AccountService>();
        services.TryAddScoped<IPeopleDirectory, PeopleDirectory>();
        services.TryAddScoped<IOrganizationService, OrganizationService>();
        services.TryAddScoped<IPeopleAdministration, PeopleAdministrationService>();
        services.TryAddScoped<ITwoFactorService, TwoFactor.TwoFactorService>();
        services.TryAddScoped<AccountStatusChanges>();
        services.TryAddSingleton<InvitationSecrets>();
        services.TryAddScoped<GuestTermsCheck>();
        services.TryAddScoped<Authorization.DirectoryVisibility>();
        services.TryAddSingleton<AudienceCatalog>();
        services.TryAddScoped<AudienceMembership>();
        services.TryAddScoped<IAudiences, AudienceDirectory>();
        services.TryAddScoped<IGuestAccess, GuestDirectory>();
        services.TryAddScoped<ImportPlanner>();
        services.TryAddScoped<ImportExecutor>();
        services.TryAddSingleton<PeopleImportRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<PeopleImportRunner>());
        services.TryAddScoped<IJoinService, JoinService>();
        services.Configure<AccountExpiryOptions>(configuration.GetSection("Identity:AccountExpiry"));
        services.Configure<TwoFactor.TwoFactorOptions>(configuration.GetSection("Identity:TwoFactor"));
        services.AddHostedService<AccountExpiry>();
        services.TryAddScoped<IAuditLog, AuditLogService>();
        services.TryAddScoped<Auditing.SignInAudit>();
        services.TryAddScoped<IProvisioning, ProvisioningService>();
        services.TryAddScoped<IPrivacy, PrivacyService>();
        services.AddScoped<BuildingBlocks.Privacy.IPersonalDataSource, Privacy.IdentityPersonalData>();
        services.TryAddScoped<Scim.ScimRequestContext>();
        services.TryAddScoped<Scim.ScimUsers>();
        services.TryAddScoped<Scim.ScimGroups>();
        services.Configure<Auditing.AuditOptions>(configuration.GetSection("Identity:Audit"));
        services.TryAddSingleton<Auditing.AuditRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<Auditing.AuditRetention>());
        services.AddIntegrationEventHandler<BuildingBlocks.Auditing.ActionAuditedIntegrationEvent, Auditing.KeepAuditEntry>();
        services.AddIntegrationEventHandler<PersonErasedIntegrationEvent, Auditing.ScrubErasedFromAudit>();
        return services;
    }

    /// <summary>The people and token API, and at the root the browser's sign-in and sign-out form posts.</summary>
    /// <summary>After authentication: the roles that must use a second factor reach nothing else until they have one.</summary>
    public static IApplicationBuilder UseIdentityModule(this IApplicationBuilder app) => app.UseMiddleware<TwoFactor.TwoFactorRequirement>();

    public static void MapIdentityEndpoints(this ModuleEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var people = endpoints.Api.MapGroup("/people").WithTags("People");
        GetMeEndpoint.Map(people);
        ListPeopleEndpoint.Map(people);
        ListManagedPeopleEndpoint.Map(people);
        GetPersonEndpoint.Map(people);
        GetPhotoEndpoint.Map(people);
        SetPhotoEndpoint.Map(people);
        GetPersonAccountEndpoint.Map(people);
        CreatePersonEndpoint.Map(people);
        UpdatePersonEndpoint.Map(people);
        EndAccessEndpoint.Map(people);
        ReactivatePersonEndpoint.Map(people);
        GrantRoleEndpoint.Map(people);
        RevokeRoleEndpoint.Map(people);
        ResetTwoFactorEndpoint.Map(people);
        ErasePersonEndpoint.Map(people);

        var seasons = endpoints.Api.MapGroup("/seasons").WithTags("Seasons");
        ListSeasonsEndpoint.Map(seasons);
        CreateSeasonEndpoint.Map(seasons);
        GetSeasonEndpoint.Map(seasons);
        UpdateSeasonEndpoint.Map(seasons);
        AddSeasonMembersEndpoint.Map(seasons);
        BringBackSeasonEndpoint.Map(seasons);

        var invitations = endpoints.Api.MapGroup("/invitations").WithTags("Invitations");
        ListInvitationsEndpoint.Map(invitations);
        InvitePersonEndpoint.Map(invitations);
        RevokeInvitationEndpoint.Map(invitations);
        CreateLocationCodeEndpoint.Map(endpoints.Api.MapGroup("/location-codes").WithTags("Invitations"));
        var guests = endpoints.Api.MapGroup("/guests").WithTags("Invitations");
        InviteGuestEndpoint.Map(guests);
        ChangeGuestScopeEndpoint.Map(guests);
        ApprovePersonEndpoint.Map(people);

        var audiences = endpoints.Api.MapGroup("/audiences").WithTags("Audiences");
        ListAudiencesEndpoint.Map(audiences);
        CreateAudienceEndpoint.Map(audiences);
        UpdateAudienceEndpoint.Map(audiences);
        DeleteAudienceEndpoint.Map(audiences);
        ListAudienceMembersEndpoint.Map(audiences);

        var imports = endpoints.Api.MapGroup("/imports").WithTags("Imports");
        ImportPeopleEndpoint.Map(imports);
        GetImportEndpoint.Map(imports);
        GetImportReportEndpoint.Map(imports);

        var units = endpoints.Api.MapGroup("/org-units").WithTags("Organization");
        ListOrgUnitsEndpoint.Map(units);
        CreateOrgUnitEndpoint.Map(units);
        UpdateOrgUnitEndpoint.Map(units);
        CloseOrgUnitEndpoint.Map(units);

        var audit = endpoints.Api.MapGroup("/audit").WithTags("Audit log");
        ListAuditEntriesEndpoint.Map(audit);
        ExportAuditEntriesEndpoint.Map(audit);

        var tokens = endpoints.Api.MapGroup("").WithTags("Access tokens");
        CreateAccessTokenEndpoint.Map(tokens);
        var twoFactor = endpoints.Api.MapGroup("").WithTags("Sign-in security");
        GetTwoFactorStatusEndpoint.Map(twoFactor);
        StartTwoFactorEndpoint.Map(twoFactor);
        ConfirmTwoFactorEndpoint.Map(twoFactor);
        DisableTwoFactorEndpoint.Map(twoFactor);
        ChangePasswordEndpoint.Map(twoFactor);
        ChangeSignInNameEndpoint.Map(twoFactor);
        ExportPersonalDataEndpoint.Map(endpoints.Api.MapGroup("").WithTags("Privacy"));
        ExportOrganizationEndpoint.Map(endpoints.Api);
        ListMyAccessTokensEndpoint.Map(tokens);
        RevokeMyAccessTokenEndpoint.Map(tokens);

        var scimClients = endpoints.Api.MapGroup("/scim/clients").WithTags("Provisioning");
        ListScimClientsEndpoint.Map(scimClients);
        CreateScimClientEndpoint.Map(scimClients);
        RevokeScimClientEndpoint.Map(scimClients);

        // SCIM 2.0 for directories: their own token scheme, SCIM's own errors, described by its discovery endpoints.
        var scim = endpoints.Root.MapGroup(Scim.ScimRequestContext.BasePath)
            .RequireAuthorization(new AuthorizationPolicyBuilder(PlatformSchemes.Scim).RequireAuthenticatedUser().RequireClaim(Scim.ScimTokenHandler.ClientClaim).Build())
            .ExcludeFromDescription();
        Scim.ScimDiscovery.Map(scim);
        ListScimUsersEndpoint.Map(scim);
        GetScimUserEndpoint.Map(scim);
        CreateScimUserEndpoint.Map(scim);
        UpdateScimUserEndpoint.Map(scim);
        DeleteScimUserEndpoint.Map(scim);
        ListScimGroupsEndpoint.Map(scim);
        GetScimGroupEndpoint.Map(scim);
        CreateScimGroupEndpoint.Map(scim);
        ReplaceScimGroupEndpoint.Map(scim);
        PatchScimGroupEndpoint.Map(scim);
        DeleteScimGroupEndpoint.Map(scim);

        SignInEndpoint.Map(endpoints.Root);
        SignInWithEntraEndpoint.Map(endpoints.Root);
        SignInWithCodeEndpoint.Map(endpoints.Root);
        SignOutEndpoint.Map(endpoints.Root);
    }
}
