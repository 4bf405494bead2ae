using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.Web.Components;

/// <summary>Every UI component (set in _Imports.razor): gives the contracts' calls the request's cancellation.</summary>
public abstract class UiComponentBase : ComponentBase
{
    /// <summary>Only static server rendering is used, so the HTTP context is there on every request.</summary>
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    [Inject] private NavigationManager NotFoundNavigation { get; set; } = default!;

    /// <summary>Stops the modules' queries when the phone gives up on the page.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>
    /// A page about something unknown, or that the person may not see, answers HTTP 404 with the app's "page not
    /// found" (the router's NotFoundPage), the same for both so that nothing can be probed.
    /// </summary>
    protected void NotFoundWhen(Error? error)
    {
        if (error is { Kind: ErrorKind.NotFound })
        {
            NotFoundNavigation.NotFound();
        }
    }
}
