using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Myelin.Analysis.Tests")]
