#pragma once

#include "csv/csvtable.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace lps {

/// Finds the columns a file may have in a table's header, matching names without regard to case,
/// spaces, `_` or `-`, and gives each cell with the location to report about it.
/// Keeps a pointer to the table: the table must outlive it.
class CsvColumns
{
public:
    /// `required` and `optional` are the columns as the documentation spells them ("cost").
    CsvColumns(const CsvTable &table, const QStringList &required, const QStringList &optional);

    /// Missing, repeated, unknown and nameless columns, in one list.
    const Problems &problems() const { return m_problems; }
    bool has(const QString &column) const { return m_index.contains(column); }
    bool isRequired(const QString &column) const { return m_required.contains(column); }
    /// The cell without surrounding spaces; empty when the column is absent.
    QString cell(const CsvRecord &record, const QString &column) const;
    /// With the column as the user wrote it when the file has it, the row alone otherwise.
    QString location(const CsvRecord &record, const QString &column) const;
    QString location(const CsvRecord &record) const { return m_table->location(record); }
    const CsvTable &table() const { return *m_table; }

    /// "Minimum share" -> "minimumshare".
    static QString normalized(const QString &header);
    /// The refusal for a file with a header row and nothing to import below it: `items` is
    /// what its rows are ("services").
    Problem nothingBelowHeader(const QString &items) const;

private:
    const CsvTable *m_table;
    QStringList m_required;
    QStringList m_optional;
    QHash<QString, qsizetype> m_index;
    Problems m_problems;

    void match();
    void checkRequired();
    void checkNameless(qsizetype column);
};

} // namespace lps
