#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace lps::test {

/// A zip archive built part by part with minizip, so that tests can make the workbooks no
/// spreadsheet writes: damaged XML, missing parts, hand-written cells, archives that unpack to
/// far more than they hold.
class TestZip
{
public:
    /// Adds a part; `compress` false stores it as it is.
    TestZip &add(const QString &name, const QByteArray &bytes, bool compress = true);
    QByteArray bytes() const;

    /// The parts of a workbook whose sheets (name, the XML inside <sheetData>) are written by
    /// hand; `sharedStrings` the XML inside <sst>, if any; `absoluteTargets` names the sheets'
    /// parts from the package root ("/xl/worksheets/sheet1.xml") as some writers do.
    static TestZip workbook(const QList<QPair<QString, QByteArray>> &sheets,
                            const QByteArray &sharedStrings = {}, bool absoluteTargets = false);
    /// A worksheet part around `sheetData`.
    static QByteArray worksheet(const QByteArray &sheetData);

private:
    QList<QPair<QString, QByteArray>> m_parts;
    QList<bool> m_compress;
};

} // namespace lps::test
