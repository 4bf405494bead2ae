using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Identity.Authentication;

/// <summary>
/// Who is calling: ASP.NET Core Identity (passwords, lockout, the application cookie) plus personal access tokens,
/// behind one "Platform" scheme that picks the right one for each request.
/// </summary>
internal static class PlatformAuthentication
{
    public static AuthenticationBuilder AddPlatformAuthentication(this IServiceCollection services)
    {
        // Stateless: one for the process, so that the sign-in throttle and known devices (singletons) spell e-mails as
        // Identity's lookup does. Identity's own registration (scoped) then steps aside.
        services.TryAddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        services.AddIdentity<Person, IdentityRole<Guid>>(options =>
            {
                options.ClaimsIdentity.UserIdClaimType = PlatformClaims.PersonId;
                options.ClaimsIdentity.UserNameClaimType = PlatformClaims.Name;
                options.ClaimsIdentity.RoleClaimType = PlatformClaims.Role;
                options.ClaimsIdentity.EmailClaimType = IdentityClaims.Email;
                // NIST SP 800-63B: length matters, composition rules do not.
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // No lockout: it let anyone lock a colleague out with five wrong passwords. Failed sign-ins are
                // throttled instead (SignInThrottle), per account and address, without blocking the account's owner.
                options.Lockout.AllowedForNewUsers = false;
                // E-mail is optional: its uniqueness, when present, is the database's unique index and the handlers' check.
                options.User.RequireUniqueEmail = false;
                // The user name is the e-mail address or a handle (its rules are UserHandle's), whatever characters it has.
                options.User.AllowedUserNameCharacters = string.Empty;
                // Routes every sign-in through ActiveAccountConfirmation, which refuses accounts that are not active.
                options.SignIn.RequireConfirmedAccount = true;
                // Pinned to what the design-time factories see (they have no options: version 1), so the model
                // the migrations were made from is the model the application runs; version 3 would add passkeys.
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
            })
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddClaimsPrincipalFactory<PersonClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            // The authenticator app's codes, accepted once each (replaces Identity's provider of the same name).
            .AddTokenProvider<TwoFactor.OneTimeCodes>(TokenOptions.DefaultAuthenticatorProvider);
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<Person>, ActiveAccountConfirmation>());

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.LogoutPath = "/account/logout";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "dw.session";
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnValidatePrincipal = RejectInactiveAccountAsync;
            // Every way of signing in ends here; a refresh of the session in place keeps the moment it had.
            cookie.Events.OnSigningIn = context =>
            {
                SignInMoment.MarkIfNew(context.Properties, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
                return Task.CompletedTask;
            };
            // Signing out honours a ?ReturnUrl= of the request: keep it local and sendable ("/été" would be a 500).
            cookie.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(LocalUrl.OrHome(context.RedirectUri));
                return Task.CompletedTask;
            };
        });

        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = PlatformSchemes.Platform;
                options.DefaultAuthenticateScheme = PlatformSchemes.Platform;
                options.DefaultChallengeScheme = PlatformSchemes.Platform;
                options.DefaultForbidScheme = PlatformSchemes.Platform;
            })
            .AddPolicyScheme(PlatformSchemes.Platform, "Cookie or personal access token", policy =>
                policy.ForwardDefaultSelector = context => AccessTokenHandler.ReadToken(context.Request) is null
                    ? IdentityConstants.ApplicationScheme
                    : PlatformSchemes.AccessToken)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(PlatformSchemes.AccessToken, displayName: "Personal access token", _ => { })
            .AddScheme<AuthenticationSchemeOptions, Scim.ScimTokenHandler>(PlatformSchemes.Scim, displayName: "SCIM token", _ => { });

        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PlatformClaims.AdministratorRole, policy => policy.RequireAuthenticatedUser().RequireRole(PlatformClaims.AdministratorRole))
            .AddPolicy(PlatformRoleClaims.PeopleAdministrators, policy => policy.RequireAuthenticatedUser().RequireRole(PlatformRoleClaims.PeopleAdministrators.Split(',')));
        services.AddAntiforgery();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Credentials>();
        services.TryAddSingleton<ISignedInCheck>(sp => sp.GetRequiredService<Credentials>());
        services.TryAddSingleton<Authorization.OrgTreeCache>();
        services.TryAddSingleton<Authorization.IdentityPolicy>();
        services.TryAddSingleton<SessionTicketStore>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddSingleton<KnownDevices>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UseSessionStore>();
        return authentication;
    }

    /// <summary>APIs and hubs answer 401/403; pages redirect to the sign-in page.</summary>
    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApiOrHub(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static bool IsApiOrHub(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Keeps Identity's security-stamp check, ends the session of an account that may no longer be used (suspended, ended,
    /// its last day passed), and brings the role claims up to date — checked on every request from the cached person
    /// status, so that ending an account ends its sessions and a revoked role stops at once.
    /// </summary>
    private static async Task RejectInactiveAccountAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is null)
        {
            return;
        }

        var credentials = context.HttpContext.RequestServices.GetRequiredService<Credentials>();
        if (PlatformClaims.PersonIdOf(context.Principal) is not { } personId
            || await credentials.ActivePersonAsync(personId, context.HttpContext.RequestAborted) is not { } person)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (PersonClaimsPrincipalFactory.WithCurrentRoles(context.Principal, person) is { } refreshed)
        {
            context.ReplacePrincipal(refreshed);
            context.ShouldRenew = true;
        }
    }
}

/// <summary>The one password rule: a minimum length (NIST style).</summary>
internal static class PasswordPolicy
{
    public const int MinLength = 10;
}
