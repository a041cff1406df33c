using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.CaseStore.Persistence;
using Hub.Contracts.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Hub.CaseStore.Identity;

/// <summary>
/// Seals reporter contacts (AES-256-GCM, one random nonce per entry) and derives the keyed pseudonym that
/// recognises one reporter across channels. The entry joins the caller's unit of work.
/// </summary>
public sealed class IdentityVault(HubDbContext db, VaultKeys keys, ContactPseudonyms pseudonyms, TimeProvider clock)
{
    public ReporterReference Seal(ReporterContact? contact, bool anonymous)
    {
        if (anonymous || contact is null || contact.IsEmpty)
        {
            return ReporterReference.AnonymousReporter;
        }

        var identity = Add(contact, Pseudonym(contact));
        return new ReporterReference(false, identity.Id, identity.Pseudonym);
    }

    /// <summary>
    /// Seals an address Hub must write back to (a chat) even for a reporter who asked to stay anonymous. Its pseudonym is
    /// random, so the entry links to nothing; only the channel's reply route points at it, never a complaint or case.
    /// </summary>
    public Guid SealReplyAddress(ReporterContact contact) => SealUnlinked(contact);

    /// <summary>
    /// Seals an accused official's identifiers. The vault entry's pseudonym is random so it never joins the reporter
    /// it might share an address with; the case matches the person through <see cref="ContactPseudonyms"/> instead.
    /// </summary>
    public Guid SealAccused(ReporterContact contact) => SealUnlinked(contact);

    Guid SealUnlinked(ReporterContact contact) => Add(contact, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))).Id;

    /// <summary>
    /// Opens one sealed identity for a stated purpose and records the access (purpose, actor, complaint, time; never the
    /// identifier) in the caller's unit of work, so the log commits with whatever the contact was used for.
    /// </summary>
    public async Task<ReporterContact?> OpenAsync(Guid identityId, Guid? complaintId, string purpose, string actor, CancellationToken cancellationToken)
    {
        var identity = await db.ReporterIdentities.AsNoTracking().SingleOrDefaultAsync(i => i.Id == identityId, cancellationToken);
        if (identity is null)
        {
            return null;
        }

        var plaintext = new byte[identity.Ciphertext.Length];
        using (var aes = new AesGcm(keys.Keys[identity.KeyId], identity.Tag.Length))
        {
            aes.Decrypt(identity.Nonce, identity.Ciphertext, identity.Tag, plaintext);
        }

        db.IdentityAccesses.Add(new IdentityAccess
        {
            IdentityId = identityId,
            ComplaintId = complaintId,
            Purpose = purpose,
            Actor = actor,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        return JsonSerializer.Deserialize<ReporterContact>(plaintext);
    }

    ReporterIdentity Add(ReporterContact contact, string pseudonym)
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(contact);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(keys.Keys[keys.ActiveKeyId], tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        var identity = new ReporterIdentity
        {
            Id = Guid.NewGuid(),
            KeyId = keys.ActiveKeyId,
            Nonce = nonce,
            Ciphertext = ciphertext,
            Tag = tag,
            Pseudonym = pseudonym,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ReporterIdentities.Add(identity);
        return identity;
    }

    /// <summary>The strongest identifier present, normalised, keyed-hashed; names alone are too ambiguous to link on.</summary>
    string Pseudonym(ReporterContact contact)
    {
        var identifier =
            (contact.Email is { } email ? ContactPseudonyms.NormalEmail(email) : null)
            ?? ContactPseudonyms.DigitsOnly(contact.Phone ?? contact.CallerNumber)
            ?? (contact.LineUserId is { } line ? "line:" + line : null)
            ?? (contact.TelegramChatId is { } tg ? "telegram:" + tg : null)
            ?? "name:" + contact.Name?.Normalize(NormalizationForm.FormC).Trim();
        return pseudonyms.Of(identifier);
    }
}
