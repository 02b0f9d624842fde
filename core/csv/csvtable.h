#pragma once

#include "csvrecord.h"
#include "validation/problem.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace lps {

/// A decoded and parsed CSV file: the header, the non-blank records and what was wrong with it.
struct CsvTable
{
    /// The name shown in messages ("services.csv").
    QString fileName;
    /// "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    QString encoding;
    QChar delimiter = QLatin1Char(',');
    QStringList header;
    /// Row and line of the header; 0 when the file has no non-blank line at all.
    int headerRow = 0;
    int headerLine = 0;
    QList<CsvRecord> records;
    Problems problems;

    bool hasHeader() const { return headerRow > 0; }
    /// `"Cost"` as the user wrote it, or `5` when that column has no header text.
    QString columnLabel(qsizetype column) const;
    /// "services.csv, row 7"; "row 7 (line 9)" when embedded line breaks make them differ.
    QString location(int row, int line) const;
    QString location(const CsvRecord &record) const { return location(record.row, record.line); }
    /// "services.csv, row 7, column \"Cost\"".
    QString location(const CsvRecord &record, qsizetype column) const;
    QString location(int row, int line, qsizetype column) const;
};

} // namespace lps
