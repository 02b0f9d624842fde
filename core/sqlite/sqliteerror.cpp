#include "sqliteerror.h"

#include <sqlite3.h>

namespace lps {

SqliteError::SqliteError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{
}

bool SqliteError::isDamage() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

bool SqliteError::isTooBig() const
{
    return (m_code & 0xff) == SQLITE_TOOBIG;
}

} // namespace lps
