namespace Myelin.Reports.Tests;

/// <summary>A fact that needs Debian's Chromium; reported as skipped, with the reason, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Chromium is not installed at {Path} (apt-get install -y chromium); the PDF cannot be printed here.";
        }
    }
}
