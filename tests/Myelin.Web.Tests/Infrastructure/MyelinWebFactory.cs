using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Myelin.Data;
using Myelin.Data.Access;
using Myelin.Data.ChangeLog;
using Myelin.Data.Studies;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Hosting;

namespace Myelin.Web.Tests.Infrastructure;

/// <summary>
/// The whole platform over a real SQLite file of its own, with a settable clock and a known administrator.
/// One factory per test (or per test class when the tests do not change data).
/// </summary>
public class MyelinWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The administrator's e-mail.</summary>
    public const string AdminEmail = "admin@test.local";

    /// <summary>The administrator's password.</summary>
    public const string AdminPassword = "Admin-Password-1";

    /// <summary>The password every test user gets.</summary>
    public const string UserPassword = "User-Password-1";

    private readonly string _folder = Directory.CreateTempSubdirectory("myelin-web-").FullName;

    /// <summary>The SQLite file.</summary>
    public string DatabasePath => System.IO.Path.Combine(_folder, "myelin.db");

    /// <summary>A folder for the test's files.</summary>
    public string Folder => _folder;

    /// <summary>The clock of the platform; 2026-03-02 09:00 UTC (a Monday) at start.</summary>
    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>What start-up announced.</summary>
    public StringWriter Announced { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Myelin:Sqlite", DatabasePath);
        builder.UseSetting("Myelin:Postgres", string.Empty);
        builder.UseSetting("Myelin:AdminEmail", AdminEmail);
        builder.UseSetting("Myelin:AdminPassword", AdminPassword);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(new StartupAnnouncer { Writer = Announced });
        });
    }

    /// <summary>Runs <paramref name="work"/> with a database context of its own, acting as <c>seed</c> on the command line.</summary>
    public async Task<T> WithDbAsync<T>(Func<MyelinDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MyelinDbContext>();
        db.Actor = new ChangeActor("seed", ChangeChannel.Cli);
        return await work(db);
    }

    /// <summary>Stores a sample protocol as a study; returns the study id.</summary>
    public Task<string> AddStudyAsync(string sample = Samples.Preliminary) => WithDbAsync(async db =>
    {
        var path = Samples.Path(sample);
        var loaded = ProtocolLoader.LoadFile(path);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Errors));
        var (study, _, _) = await db.SaveProtocolAsync(loaded.Protocol!, await File.ReadAllTextAsync(path), "seed", Clock.GetUtcNow());
        return study.Id;
    });

    /// <summary>Creates a staff account with <see cref="UserPassword"/>, and a grant when a study is named.</summary>
    public async Task<StaffUser> AddStaffAsync(string email, StudyRole? role = null, string? studyId = null, string? siteId = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = Clock.GetUtcNow() };
        var created = await users.CreateAsync(user, UserPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (role is { } r && studyId is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<MyelinDbContext>();
            db.Actor = new ChangeActor("seed", ChangeChannel.Cli);
            db.StudyGrants.Add(StudyGrant.Give(user.Id, studyId, r, siteId, "seed", Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        return user;
    }

    /// <summary>A signed-in session for a user (the administrator by default).</summary>
    public async Task<StaffSession> LoginAsync(string email = AdminEmail, string? password = null)
    {
        var session = new StaffSession(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await session.SubmitFormAsync("/login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password ?? (email == AdminEmail ? AdminPassword : UserPassword),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine; the temp folder is cleaned by the system.
            }
        }
    }
}
