#include "csvcolumns.h"

namespace lps {

namespace {

QString sentenceList(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           items.last();
}

} // namespace

CsvColumns::CsvColumns(const CsvTable &table, const QStringList &required,
                       const QStringList &optional)
    : m_table(&table)
    , m_required(required)
    , m_optional(optional)
{
    if (!table.hasHeader())
        return; // the reader has said the file is empty
    match();
    checkRequired();
}

Problem CsvColumns::nothingBelowHeader(const QString &items) const
{
    return Problem::error(m_table->fileName,
                          QStringLiteral("has a header row but no %1 below it, so there is nothing "
                                         "to import: put each one on its own row under the header "
                                         "(rows of totals are skipped)")
                              .arg(items));
}

QString CsvColumns::normalized(const QString &header)
{
    QString key;
    for (const QChar c : header) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            key += c.toLower();
    }
    return key;
}

void CsvColumns::match()
{
    QHash<QString, QString> known;
    for (const QString &column : m_required + m_optional)
        known.insert(normalized(column), column);
    const CsvTable &t = *m_table;
    for (qsizetype i = 0; i < t.header.size(); ++i) {
        const QString key = normalized(t.header.at(i));
        const QString where = t.location(t.headerRow, t.headerLine, i);
        if (key.isEmpty()) {
            checkNameless(i);
        } else if (!known.contains(key)) {
            m_problems << Problem::warning(
                where, QStringLiteral("is not a column of %1, so it is ignored; the columns are %2")
                           .arg(t.fileName, (m_required + m_optional).join(QStringLiteral(", "))));
        } else if (m_index.contains(known.value(key))) {
            m_problems << Problem::error(
                where, QStringLiteral("means the same as column %1 (names are matched ignoring "
                                      "case, spaces, \"_\" and \"-\"); keep only one of them")
                           .arg(t.columnLabel(m_index.value(known.value(key)))));
        } else {
            m_index.insert(known.value(key), i);
        }
    }
}

void CsvColumns::checkRequired()
{
    QStringList missing;
    for (const QString &column : m_required) {
        if (!m_index.contains(column))
            missing << QLatin1Char('"') + column + QLatin1Char('"');
    }
    if (missing.isEmpty())
        return;
    QStringList found;
    for (const QString &header : m_table->header)
        found << header.trimmed();
    m_problems << Problem::error(
        m_table->fileName,
        QStringLiteral("has no column %1; %2 needs the columns %3 and may also have %4 (its "
                       "header row has: %5)")
            .arg(sentenceList(missing), m_table->fileName, sentenceList(m_required),
                 m_optional.join(QStringLiteral(", ")), found.join(QStringLiteral(", "))));
}

// A column without a header is harmless when empty (Excel writes some), but data in it would be
// lost without a word.
void CsvColumns::checkNameless(qsizetype column)
{
    for (const CsvRecord &record : m_table->records) {
        if (!record.field(column).trimmed().isEmpty()) {
            m_problems << Problem::warning(
                m_table->location(record, column),
                QStringLiteral("\"%1\" is in a column without a header, so it is ignored")
                    .arg(record.field(column).trimmed()));
            return;
        }
    }
}

QString CsvColumns::cell(const CsvRecord &record, const QString &column) const
{
    return has(column) ? record.field(m_index.value(column)).trimmed() : QString();
}

QString CsvColumns::location(const CsvRecord &record, const QString &column) const
{
    return has(column) ? m_table->location(record, m_index.value(column))
                       : m_table->location(record);
}

} // namespace lps
