using Microsoft.Playwright;

namespace Myelin.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, installed by ./test) driven by Playwright; screenshots go to
/// <see cref="ScreenshotFolder"/> and are kept as test output.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    /// <summary>Where Chromium is expected.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Chromium = browser;
    }

    /// <summary>The launched browser.</summary>
    public IBrowser Chromium { get; }

    /// <summary>Where screenshots are kept: TestResults/screenshots beside the test assembly's output, or MYELIN_SCREENSHOTS.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("MYELIN_SCREENSHOTS") is { Length: > 0 } env
                ? env
                : Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>True when Chromium is installed (./test installs it; tests skip with the reason otherwise).</summary>
    public static bool Available => File.Exists(ChromiumPath);

    /// <summary>Launches headless Chromium with networking to anything but the test server turned off.</summary>
    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new Browser(playwright, browser);
    }

    /// <summary>A new page sized like a small phone (360×740, touch).</summary>
    public async Task<IPage> PhoneAsync(string baseUrl) =>
        await (await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 360, Height = 740 }, HasTouch = true, IsMobile = true, DeviceScaleFactor = 2 })).NewPageAsync();

    /// <summary>A new page sized like a desktop (1280×900).</summary>
    public async Task<IPage> DesktopAsync(string baseUrl) =>
        await (await Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } })).NewPageAsync();

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png.</summary>
    public static Task ShotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
