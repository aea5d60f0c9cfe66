using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Myelin.Cli.Studies;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;

namespace Myelin.Cli.Verbs;

/// <summary>
/// <c>myelin participant link --study S --participant P [--language en|hi|mr] [--base-url URL]</c>: issues the
/// participant's diary link, revoking the previous one, and prints it. Only the token's hash is stored, so this is
/// the one time the link is shown.
/// </summary>
internal static class ParticipantLinkCommand
{
    /// <summary>The address printed when no <c>--base-url</c> is given: <c>myelin serve</c>'s default.</summary>
    public const string DefaultBaseUrl = "http://localhost:5000";

    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true };
        var participant = new Option<string>("--participant") { Description = "The participant's code, e.g. P001", Required = true };
        var language = new Option<string?>("--language") { Description = "The diary's language: en, hi or mr (default: keep the participant's)" };
        language.AcceptOnlyFromAmong([.. DiaryLanguage.All]);
        var baseUrl = new Option<string>("--base-url") { Description = $"Where participants reach the platform (default {DefaultBaseUrl})", DefaultValueFactory = _ => DefaultBaseUrl };
        var command = new Command("link", "Issue a participant's diary link (the previous one stops working) and print it; it is shown only this once.")
        { study, participant, language, baseUrl };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            var root = parse.GetValue(baseUrl)!;
            if (!Uri.TryCreate(root, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new UsageException($"--base-url: '{root}' is not an http or https address without query, e.g. https://myelin.example.org");
            }

            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, parse.GetValue(study)!, ct).ConfigureAwait(false);
            var p = await s.ParticipantAsync(context, parse.GetValue(participant)!, ct).ConfigureAwait(false);
            var now = host.Clock.GetUtcNow();
            var reasons = new List<string>();
            if (parse.GetValue(language) is { } chosen && chosen != p.Language)
            {
                p.SetLanguage(chosen, now);
                reasons.Add("diary language chosen");
            }

            var active = await context.DiaryLinks.Where(l => l.ParticipantId == p.Id && l.RevokedAt == null).ToListAsync(ct).ConfigureAwait(false);
            foreach (var link in active)
            {
                link.Revoke(host.UserName, now);
            }

            if (active.Count > 0)
            {
                reasons.Add("diary link revoked: a new link was issued");
            }

            var token = SecretToken.New();
            context.DiaryLinks.Add(DiaryLink.Issue(p, SecretToken.Hash(token), host.UserName, now));
            context.Actor = new ChangeActor(host.UserName, ChangeChannel.Cli, reasons.Count == 0 ? null : string.Join("; ", reasons));
            await context.SaveChangesAsync(ct).ConfigureAwait(false);

            await host.Output.WriteLineAsync(root.TrimEnd('/') + "/d/" + token).ConfigureAwait(false);
            await host.Error.WriteLineAsync($"Diary link of {p.Code} (language {p.Language})" + (active.Count > 0 ? "; the previous link no longer works" : string.Empty)
                + ". It is shown only this once: give it to the participant now.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
