using Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Bot.Data.Configuration;

/// <summary>Refuses to save a change that edits or deletes an audit entry; the database triggers refuse it too.</summary>
internal static class AuditTrailGuard
{
    public static void ThrowIfRewritten(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<CaseAuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The case audit trail is append-only: entries cannot be changed or deleted.");
            }
        }
    }
}
