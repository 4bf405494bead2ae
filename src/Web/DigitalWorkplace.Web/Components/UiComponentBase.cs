using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.Web.Components;

/// <summary>Every UI component (set in _Imports.razor): gives the contracts' calls the request's cancellation.</summary>
public abstract class UiComponentBase : ComponentBase
{
    /// <summary>Only static server rendering is used, so the HTTP context is always there.</summary>
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }

    /// <summary>Stops the modules' queries when the phone gives up on the page.</summary>
    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;
}
