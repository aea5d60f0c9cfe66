using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Myelin.Interop.Tests")]
