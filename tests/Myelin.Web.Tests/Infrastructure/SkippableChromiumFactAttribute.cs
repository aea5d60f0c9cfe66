namespace Myelin.Web.Tests.Infrastructure;

/// <summary>
/// A browser test: it runs in Debian's Chromium, and is reported as skipped, with the reason, only where Chromium
/// is not installed (./test installs it, so in CI it always runs).
/// </summary>
public sealed class SkippableChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when Chromium is missing.</summary>
    public SkippableChromiumFactAttribute()
    {
        if (!Infrastructure.Browser.Available)
        {
            Skip = $"Chromium is not installed at {Infrastructure.Browser.ChromiumPath}; run ./test, which installs it (apt-get install -y chromium).";
        }
    }
}
