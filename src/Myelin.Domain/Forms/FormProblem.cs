namespace Myelin.Domain.Forms;

/// <summary>One reason a form cannot be stored, with the field at fault.</summary>
/// <param name="Field"><c>event</c>, <c>instrument</c>, <c>item</c> or <c>value</c>.</param>
/// <param name="ItemId">The item the problem is about; null for the event or instrument.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record FormProblem(string Field, string? ItemId, string Message)
{
    /// <summary><c>field: message</c>, the wording of the command line.</summary>
    public override string ToString() => $"{Field}: {Message}";
}
