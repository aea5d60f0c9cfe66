namespace Myelin.Web.Hosting;

/// <summary>
/// Answers 400 to a request whose form body cannot be read (a multipart type without a boundary, a broken
/// multipart section, more fields than the form limits allow) before any page binds it: without this, model
/// binding would meet the error inside a page and answer 500. Nothing is read from bodies that are not forms.
/// </summary>
public static class MalformedFormGuard
{
    /// <summary>Adds the guard to the pipeline.</summary>
    public static IApplicationBuilder UseMalformedFormGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync($"The form in this request cannot be read: {e.Message}", context.RequestAborted).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    });
}
