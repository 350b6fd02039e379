using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AmbonCC.Web.Components;

public partial class App
{
    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    /// <summary>The sign-in pages are static (they set cookies); every other page is interactive.</summary>
    private IComponentRenderMode? PageRenderMode =>
        HttpContext.Request.Path.StartsWithSegments("/account") || HttpContext.Request.Path.StartsWithSegments("/lapor") ? null : RenderMode.InteractiveServer;
}
