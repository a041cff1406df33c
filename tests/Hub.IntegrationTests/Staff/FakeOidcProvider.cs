using System.Collections.Concurrent;
using System.Security.Cryptography;
using Hub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.IntegrationTests.Staff;

/// <summary>
/// The BMA single sign-on lives outside these machines, so tests talk to this stand-in on loopback: discovery,
/// JWKS, an authorize endpoint that signs in <see cref="Subject"/> at once, and a token endpoint issuing RS256 id tokens.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "hub-staff";
    readonly WebApplication app;
    readonly RSA rsa = RSA.Create(2048);
    readonly ConcurrentDictionary<string, string?> nonces = new();

    FakeOidcProvider(WebApplication app, string issuer)
    {
        this.app = app;
        Issuer = issuer;
    }

    public string Issuer { get; }
    public string Subject { get; set; } = "sso-subject-1";
    public string Email { get; set; } = "nobody@bangkok.go.th";

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var issuer = $"http://127.0.0.1:{HubSettings.FreePort()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(issuer);
        var provider = new FakeOidcProvider(builder.Build(), issuer);
        provider.Map();
        await provider.app.StartAsync();
        return provider;
    }

    void Map()
    {
        var key = new RsaSecurityKey(rsa) { KeyId = "k1" };
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var p = rsa.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = "k1", alg = "RS256", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var code = Guid.NewGuid().ToString("N");
            nonces[code] = request.Query["nonce"];
            return Results.Redirect($"{request.Query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(request.Query["state"].ToString())}");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!nonces.TryRemove(form["code"].ToString(), out var nonce))
            {
                return Results.BadRequest(new { error = "invalid_grant" });
            }

            var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                Expires = DateTime.UtcNow.AddMinutes(5),
                IssuedAt = DateTime.UtcNow,
                NotBefore = DateTime.UtcNow.AddMinutes(-1),
                Claims = new Dictionary<string, object> { ["sub"] = Subject, ["email"] = Email, ["email_verified"] = true, ["nonce"] = nonce ?? "" },
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { access_token = "opaque", token_type = "Bearer", expires_in = 300, id_token = idToken });
        });
    }

    public Dictionary<string, string?> Settings => new()
    {
        ["Hub:Staff:Oidc:Enabled"] = "true",
        ["Hub:Staff:Oidc:Authority"] = Issuer,
        ["Hub:Staff:Oidc:ClientId"] = ClientId,
        ["Hub:Staff:Oidc:ClientSecret"] = "test-secret",
        ["Hub:Staff:Oidc:RequireHttpsMetadata"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        rsa.Dispose();
    }
}
