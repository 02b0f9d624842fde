#include "sqlitestatement.h"

#include <QStringDecoder>

#include "sqliteerror.h"

#include <sqlite3.h>

#include <utility>

namespace lps {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    check(sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    return *this;
}

void SqliteStatement::check(int code) const
{
    if (code == SQLITE_OK)
        return;
    throw SqliteError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

SqliteStatement &SqliteStatement::bindInteger(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

SqliteStatement &SqliteStatement::bindReal(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, const QString &value)
{
    // An explicit length keeps embedded NULs; a non-null pointer keeps "" from becoming NULL.
    const QByteArray utf8 = value.toUtf8();
    const char *data = utf8.isNull() ? "" : utf8.constData();
    check(sqlite3_bind_text64(m_statement, index, data, sqlite3_uint64(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index));
    return *this;
}

SqliteStatement &SqliteStatement::bindInteger(int index, std::optional<qint64> value)
{
    return value ? bindInteger(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindReal(int index, std::optional<double> value)
{
    return value ? bindReal(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindText(int index, const std::optional<QString> &value)
{
    return value ? bindText(index, *value) : bindNull(index);
}

bool SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    check(code);
    return false;
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

SqliteStatement::Type SqliteStatement::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    return validText(column).value_or(QString());
}

std::optional<QString> SqliteStatement::validText(int column) const
{
    // Text first, then its length: that order is what SQLite documents as safe.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!data)
        return QString();
    // Not QString::fromUtf8: it drops a leading byte-order mark and hides broken bytes.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString decoded = decoder.decode(QByteArrayView(data, size));
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

} // namespace lps
