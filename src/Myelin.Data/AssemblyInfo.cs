using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Myelin.Data.Tests")]
