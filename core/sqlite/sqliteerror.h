#pragma once

#include <QString>

#include <stdexcept>

namespace lps {

/// A failed SQLite call, carrying SQLite's result code so that callers can tell a damaged file
/// from a file that is merely unusual.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message);

    int code() const { return m_code; }
    const QString &message() const { return m_message; }
    /// SQLITE_CORRUPT or SQLITE_NOTADB: the bytes are not a sound database.
    bool isDamage() const;
    /// SQLITE_TOOBIG: a text or row is over the limits every plan file is held to.
    bool isTooBig() const;

private:
    int m_code;
    QString m_message;
};

} // namespace lps
