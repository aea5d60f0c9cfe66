namespace Myelin.Reports.Pdf;

/// <summary>The PDF was asked for but Chromium is not installed where expected.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    public ChromiumNotFoundException()
        : this("/usr/bin/chromium")
    {
    }

    public ChromiumNotFoundException(string path)
        : base($"cannot print the PDF: Chromium was not found at '{path}'. Install Debian's package with 'apt-get install -y chromium', "
            + "or leave the PDF out; the HTML report and the figures are written without it.")
    {
        Path = path;
    }

    public ChromiumNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
        Path = string.Empty;
    }

    /// <summary>Where Chromium was looked for.</summary>
    public string Path { get; }
}
