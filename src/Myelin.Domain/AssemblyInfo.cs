using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Myelin.Domain.Tests")]
