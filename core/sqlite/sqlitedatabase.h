#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QStringList>

struct sqlite3;

namespace lps {

/// One SQLite connection, closed when it goes out of scope: either a scratch database in memory
/// (to build a file) or a read-only copy of a file's bytes hardened for untrusted input.
class SqliteDatabase
{
public:
    /// The longest text or row any plan file may hold, in bytes. Writing and reading share it,
    /// so that whatever was saved can be opened again.
    static constexpr int kMaxLength = 16 * 1024 * 1024;

    /// An empty database in memory.
    static SqliteDatabase createInMemory();
    /// A read-only database over a copy of `image` (a whole file's bytes), with SQLite's
    /// defences for files from unknown sources switched on. Throws SqliteError.
    static SqliteDatabase openUntrusted(const QByteArray &image);

    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Runs one or more statements that return nothing of interest.
    void execute(const char *sql);
    SqliteStatement prepare(const char *sql) const;
    /// The first column of every row of a query, as text (PRAGMA quick_check and the like).
    QStringList textColumn(const char *sql) const;
    /// The whole database as the bytes of a file.
    QByteArray serialize() const;

private:
    explicit SqliteDatabase(sqlite3 *db);
    static sqlite3 *openMemory();
    void harden();
    void lowerLimits();
    void throwError(int code) const;

    sqlite3 *m_db = nullptr;
    // The bytes a deserialized database reads from; they must outlive the connection.
    QByteArray m_image;
};

} // namespace lps
