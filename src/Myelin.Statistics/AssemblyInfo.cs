using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Myelin.Statistics.Tests")]
