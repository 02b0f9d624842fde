#pragma once

#include "xlsxworkbook.h"

#include <QByteArray>
#include <QStringList>

class QXmlStreamReader;

namespace lps {

/// Reads the XML parts of a workbook that hold text and cells (the shared strings and one
/// worksheet) with QXmlStreamReader, as Excel shows them; damaged XML is reported with its line
/// and column, never guessed at.
class XlsxSheetParser
{
public:
    /// Far more than any sheet of services or resources; a sheet past it is refused rather than
    /// allowed to fill memory.
    static constexpr qsizetype kMaxCells = 1000000;

    struct SharedStrings
    {
        QStringList strings;
        /// Why the part could not be read; empty when it was.
        QString problem;
    };
    /// xl/sharedStrings.xml: the text of every <si>, rich text runs joined, phonetic guides left
    /// out.
    static SharedStrings sharedStrings(const QByteArray &xml, const QString &part);

    /// The cells of a worksheet part into `sheet`; on damage, `sheet.problem` says what and the
    /// cells read so far are dropped.
    static void readCells(const QByteArray &xml, const QString &part,
                          const QStringList &sharedStrings, XlsxWorkbook::Sheet &sheet);

    /// Reads to the document's root element, refusing a document type declaration: no workbook
    /// has one, and entity tricks hide in them. False on an error.
    static bool readRoot(QXmlStreamReader &xml, const QString &part);
    /// Why `part` could not be read, after an error: what was wrong, where, and what to do.
    static QString xmlProblem(const QXmlStreamReader &xml, const QString &part);
};

} // namespace lps
