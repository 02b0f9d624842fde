#include "sqlitedatabase.h"

#include "sqliteerror.h"

#include <sqlite3.h>

#include <utility>

namespace lps {

SqliteDatabase::SqliteDatabase(sqlite3 *db)
    : m_db(db)
{
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close(m_db);
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_image(std::move(other.m_image))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_image, other.m_image);
    return *this;
}

sqlite3 *SqliteDatabase::openMemory()
{
    sqlite3 *db = nullptr;
    const int code =
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code != SQLITE_OK) {
        const QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
        sqlite3_close(db);
        throw SqliteError(code, message);
    }
    sqlite3_extended_result_codes(db, 1);
    return db;
}

SqliteDatabase SqliteDatabase::createInMemory()
{
    SqliteDatabase database(openMemory());
    database.harden();
    database.lowerLimits();
    return database;
}

SqliteDatabase SqliteDatabase::openUntrusted(const QByteArray &image)
{
    SqliteDatabase database(openMemory());
    database.harden();
    database.m_image = image;
    // Deserializing a private copy means nothing can ever write to the file, no journal can
    // appear next to it, and the bytes checked are the bytes read.
    auto *data = reinterpret_cast<unsigned char *>(database.m_image.data());
    const auto size = sqlite3_int64(database.m_image.size());
    const int code =
        sqlite3_deserialize(database.m_db, "main", data, size, size, SQLITE_DESERIALIZE_READONLY);
    if (code != SQLITE_OK)
        database.throwError(code);
    // After deserializing, which attaches internally: the limit on attached databases is 0.
    database.lowerLimits();
    database.execute("PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0;");
    return database;
}

// The checklist of sqlite.org/security.html for files of unknown origin: no writing to the
// schema, nothing from the schema run with privileges, no triggers, no views, no extensions.
void SqliteDatabase::harden()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
}

// Far below SQLite's defaults and far above anything a plan needs: they bound the memory and
// time a hostile file can cost. Every number here is part of the file format (docs).
void SqliteDatabase::lowerLimits()
{
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxLength);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(m_db, SQLITE_LIMIT_VDBE_OP, 25'000);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, 32);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, 0);
}

void SqliteDatabase::throwError(int code) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    const char *message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    throw SqliteError(extended != SQLITE_OK ? extended : code, QString::fromUtf8(message));
}

void SqliteDatabase::execute(const char *sql)
{
    char *error = nullptr;
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (code == SQLITE_OK)
        return;
    const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(code));
    sqlite3_free(error);
    throw SqliteError(sqlite3_extended_errcode(m_db), message);
}

SqliteStatement SqliteDatabase::prepare(const char *sql) const
{
    return SqliteStatement(m_db, sql);
}

QStringList SqliteDatabase::textColumn(const char *sql) const
{
    SqliteStatement statement = prepare(sql);
    QStringList rows;
    while (statement.step())
        rows << statement.text(0);
    return rows;
}

QByteArray SqliteDatabase::serialize() const
{
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(m_db, "main", &size, 0);
    if (!bytes)
        throw SqliteError(SQLITE_NOMEM, QStringLiteral("the database could not be serialized"));
    QByteArray result(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return result;
}

} // namespace lps
