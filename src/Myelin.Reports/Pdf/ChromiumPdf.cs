using System.Diagnostics;

namespace Myelin.Reports.Pdf;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium from Debian's <c>chromium</c> package, with the flags that keep it
/// offline and stateless (dependencies.md §4): no sandbox (root in CI), no GPU, no background networking, a fresh
/// profile per run, no header or footer.
/// </summary>
public static class ChromiumPdf
{
    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>.</summary>
    /// <exception cref="ChromiumNotFoundException">The executable does not exist.</exception>
    /// <exception cref="InvalidOperationException">Chromium failed, timed out or wrote no PDF; the message carries its output.</exception>
    public static void Print(string htmlPath, string pdfPath, string chromiumPath, TimeSpan timeout)
    {
        if (!File.Exists(chromiumPath))
        {
            throw new ChromiumNotFoundException(chromiumPath);
        }

        string profile = Directory.CreateTempSubdirectory("myelin-chromium-").FullName;
        try
        {
            if (File.Exists(pdfPath))
            {
                File.Delete(pdfPath);
            }

            var start = new ProcessStartInfo(chromiumPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + Path.GetFullPath(pdfPath), new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start '{chromiumPath}'");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"chromium did not finish printing '{htmlPath}' within {timeout.TotalSeconds:0} s");
            }

            process.WaitForExit();
            string output = (stdout.Result + stderr.Result).Trim();
            if (process.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
            {
                throw new InvalidOperationException($"chromium exited with code {process.ExitCode} and wrote no PDF from '{htmlPath}': {Tail(output)}");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held by a late Chromium child is left in the temp folder.
            }
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
