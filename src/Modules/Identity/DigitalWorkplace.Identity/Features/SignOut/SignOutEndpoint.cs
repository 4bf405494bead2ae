using DigitalWorkplace.Identity.Contracts;
using Microsoft.AspNetCore.Antiforgery;

namespace DigitalWorkplace.Identity.Features.SignOut;

/// <summary>Cookie sign-out for browsers: a form post with its antiforgery token, so no other site can sign a person out.</summary>
internal static class SignOutEndpoint
{
    public static void Map(IEndpointRouteBuilder root) =>
        root.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, IAccountService accounts) =>
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                await accounts.SignOutAsync();
                return Results.Redirect("/login");
            })
            .ExcludeFromDescription();
}
