using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Myelin.Data;
using Myelin.Data.Access;

namespace Myelin.Web.Hosting;

/// <summary>
/// Before the server listens: applies pending migrations and makes sure there is an administrator, from
/// MYELIN_ADMIN_EMAIL / MYELIN_ADMIN_PASSWORD or, on an empty database, generated and announced once.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, IOptions<MyelinWebOptions> options, DatabaseReadiness readiness, StartupAnnouncer announcer, TimeProvider clock)
    : IHostedService
{
    /// <summary>The e-mail of a generated administrator.</summary>
    public const string DefaultAdminEmail = "admin@myelin.local";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MyelinDbContext>();
        await MyelinDatabase.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        await EnsureAdministratorAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), cancellationToken).ConfigureAwait(false);
        readiness.MarkReady();
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureAdministratorAsync(MyelinDbContext db, UserManager<StaffUser> users, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var email = string.IsNullOrWhiteSpace(o.AdminEmail) ? DefaultAdminEmail : o.AdminEmail.Trim();
        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            return;
        }

        // With no administrator named, one is generated only for an empty database: never a second one behind an operator's back.
        var given = !string.IsNullOrWhiteSpace(o.AdminPassword);
        if (!given && await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var password = given ? o.AdminPassword! : GeneratePassword();
        var admin = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", IsAdministrator = true, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(admin, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The first administrator ({email}) could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))} Set MYELIN_ADMIN_PASSWORD to a password that meets these rules.");
        }

        announcer.Say(given
            ? $"Administrator {email} created with the password from MYELIN_ADMIN_PASSWORD."
            : $"Administrator {email} created with the password {password} (shown only now: keep it, or set MYELIN_ADMIN_EMAIL and MYELIN_ADMIN_PASSWORD).");
    }

    // 18 random characters from four classes, so that Identity's password rules always hold.
    private static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!@#%";
        var all = lower + upper + digits + symbols;
        var chars = new char[18];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
