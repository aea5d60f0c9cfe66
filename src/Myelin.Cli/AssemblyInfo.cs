using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Myelin.Cli.Tests")]
