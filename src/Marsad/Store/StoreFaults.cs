using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>A store that cannot be used as asked, said in words a user acts on.</summary>
public sealed class StoreException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>
/// Turns the faults a store meets (SQLite result codes, file-system errors) into one plain
/// sentence. SQLite reports a read-only file, a full disk or a text file posing as a store with
/// numeric codes that mean nothing to the person running the command.
/// </summary>
public static class StoreFaults
{
    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int Perm = 3, Busy = 5, Locked = 6, ReadOnly = 8, IoErr = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26;

    // errno ENOSPC and EDQUOT as .NET reports them on Unix, and ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] DiskFullHResults = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <summary>The sentence for <paramref name="e"/> at <paramref name="location"/>, or null when it is no store fault.</summary>
    public static string? Describe(Exception e, string location)
    {
        switch (e)
        {
            case StoreException:
                return e.Message;
            case SqliteException s:
                return (s.SqliteErrorCode & 0xFF) switch
                {
                    ReadOnly or Perm => $"the store {location} is read-only (the file, its folder or the file system cannot be written)",
                    NotADb => $"{location} is not a Marsad store (the file is not a SQLite database)",
                    Corrupt => $"the store {location} is corrupt; restore it from a copy or ingest into a new store",
                    Full => $"the disk is full: the store {location} cannot grow; the running batch was rolled back",
                    CantOpen => $"the store {location} cannot be opened (a missing folder, a folder in its place, or no permission)",
                    Busy or Locked => $"the store {location} is locked by another process; try again when it is done",
                    IoErr => IsDiskFull(s) ? $"the disk is full: the store {location} cannot grow; the running batch was rolled back" : $"the store {location} cannot be read or written (disk error: {s.Message})",
                    _ => $"the store {location} failed: {s.Message}",
                };
            case IOException io when IsDiskFull(io):
                return $"the disk is full: the store {location} cannot grow; the running batch was rolled back";
            default:
                return null;
        }
    }

    /// <summary>True when <paramref name="e"/> (or an exception inside it) says the disk or quota is full.</summary>
    public static bool IsDiskFull(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            if (x is SqliteException s && (s.SqliteErrorCode & 0xFF) == Full)
            {
                return true;
            }
            if (x is IOException && (DiskFullHResults.Contains(x.HResult) || x.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }
}
