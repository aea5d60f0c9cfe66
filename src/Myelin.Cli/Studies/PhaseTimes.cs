using System.Diagnostics;
using System.Globalization;

namespace Myelin.Cli.Studies;

/// <summary>
/// With <c>MYELIN_TIMINGS=1</c> in the environment, writes the wall time of each phase of loading and analysing a
/// study to standard error (for docs/performance.md); otherwise does nothing.
/// </summary>
internal sealed class PhaseTimes
{
    private readonly CliHost _host;
    private readonly bool _enabled;
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public PhaseTimes(CliHost host)
    {
        _host = host;
        _enabled = host.Environment("MYELIN_TIMINGS") == "1";
    }

    /// <summary>Reports the time since the previous phase ended, and starts the next.</summary>
    public void Done(string phase)
    {
        if (_enabled)
        {
            _host.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {phase}: {_watch.Elapsed.TotalSeconds:F2} s"));
        }

        _watch.Restart();
    }
}
