namespace DigitalWorkplace.Launcher.Features.LaunchApp;

/// <summary><c>GET /apps/{id}/launch</c>: the tile's link, outside the API because a browser follows it.</summary>
internal static class LaunchAppEndpoint
{
    public static void Map(IEndpointRouteBuilder root) =>
        root.MapGet("/apps/{tileId:guid}/launch", async (Guid tileId, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
        {
            if (await PlatformSession.SignedInPersonAsync(http) is null)
            {
                return PlatformSession.ChallengeToSignIn(http);
            }

            var result = await sender.Send(new LaunchApp(tileId), cancellationToken);
            return result.IsSuccess ? Results.Redirect(result.Value!.AbsoluteUri) : result.Error!.ToProblem();
        })
        .WithName("LaunchApp");
}
