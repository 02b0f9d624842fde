#pragma once

#include "xlsxworkbook.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace lps {

class XlsxArchive;

/// Reads an Excel workbook (.xlsx): its sheets' names in workbook order from xl/workbook.xml
/// and its relationships, the shared strings, and each sheet's cells when asked for, so that an
/// import reads only the sheet it needs. Anything it cannot read (an .xls, a workbook with a
/// password, a damaged or oversized archive) is refused with what to do instead.
class XlsxWorkbookReader
{
public:
    /// Reads the workbook's structure from `device`, which must outlive the reader.
    explicit XlsxWorkbookReader(QIODevice *device);
    ~XlsxWorkbookReader();
    XlsxWorkbookReader(const XlsxWorkbookReader &) = delete;
    XlsxWorkbookReader &operator=(const XlsxWorkbookReader &) = delete;

    /// Why the file cannot be read at all, and what to do; empty when it can.
    const QString &problem() const { return m_problem; }
    QStringList sheetNames() const;
    /// One sheet's cells (XlsxWorkbook::Sheet::problem says when they cannot be read).
    XlsxWorkbook::Sheet sheet(qsizetype index) const;

    /// Every sheet of a workbook held in memory.
    static XlsxWorkbook read(const QByteArray &bytes, const QString &fileName);
    /// Every sheet of a file; messages name it by its file name without the folder.
    static XlsxWorkbook readFile(const QString &path);

private:
    struct SheetPart
    {
        QString name;
        /// The part that holds its cells ("xl/worksheets/sheet1.xml"); empty for a chart sheet.
        QString part;
        QString problem;
    };

    std::unique_ptr<XlsxArchive> m_archive;
    QList<SheetPart> m_sheets;
    QStringList m_sharedStrings;
    QString m_problem;

    bool checkFormat(QIODevice *device);
    void readStructure();
    XlsxWorkbook everySheet(const QString &fileName) const;
};

} // namespace lps
