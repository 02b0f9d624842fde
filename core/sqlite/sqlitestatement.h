#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace lps {

/// One prepared SQLite statement, finalized when it goes out of scope; every failure throws
/// SqliteError, so callers read as straight-line code.
class SqliteStatement
{
public:
    /// SQLite's storage classes, as found in a column of the current row.
    enum class Type
    {
        Integer,
        Real,
        Text,
        Blob,
        Null
    };

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQL.
    SqliteStatement &bindInteger(int index, qint64 value);
    SqliteStatement &bindReal(int index, double value);
    SqliteStatement &bindText(int index, const QString &value);
    SqliteStatement &bindNull(int index);
    SqliteStatement &bindInteger(int index, std::optional<qint64> value);
    SqliteStatement &bindReal(int index, std::optional<double> value);
    SqliteStatement &bindText(int index, const std::optional<QString> &value);

    /// Advances to the next row; false when there are no more.
    bool step();
    /// Runs a statement that returns no rows, then makes it ready to run again.
    void run();
    void reset();

    // Columns count from 0, as in sqlite3_column_*.
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's text when it is valid UTF-8 (a leading U+FEFF kept as a character);
    /// nullopt for bytes that are not text, which a hand-edited file can hold.
    std::optional<QString> validText(int column) const;

private:
    void check(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace lps
