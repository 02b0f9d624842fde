#include "xlsxworkbookreader.h"

#include "xlsxarchive.h"
#include "xlsxsheetparser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace lps {

namespace {

const QString kWorkbook = QStringLiteral("xl/workbook.xml");
const QString kRelationships = QStringLiteral("xl/_rels/workbook.xml.rels");
const QString kSharedStrings = QStringLiteral("xl/sharedStrings.xml");
const QString kSaveAs = QStringLiteral("save the spreadsheet as an Excel Workbook (.xlsx) or as "
                                       "CSV UTF-8 and import that");

struct Relationship
{
    QString type;
    QString target;
};

// A relationship's target as a part name: relative to xl/ ("worksheets/sheet1.xml"), or
// absolute from the root of the package ("/xl/worksheets/sheet1.xml").
QString partOf(const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

QHash<QString, Relationship> readRelationships(const QByteArray &bytes, QString &problem)
{
    QHash<QString, Relationship> relationships;
    QXmlStreamReader xml(bytes);
    if (XlsxSheetParser::readRoot(xml, kRelationships)) {
        while (xml.readNextStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"Relationship" &&
                attributes.value(QStringLiteral("TargetMode")) != u"External")
                relationships.insert(
                    attributes.value(QStringLiteral("Id")).toString(),
                    {attributes.value(QStringLiteral("Type")).toString(),
                     partOf(attributes.value(QStringLiteral("Target")).toString())});
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        problem = XlsxSheetParser::xmlProblem(xml, kRelationships);
    return relationships;
}

// The r:id of a <sheet>: whatever its prefix, an "id" in a namespace (transitional and strict
// OOXML name the relationships namespace differently).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

} // namespace

XlsxWorkbookReader::XlsxWorkbookReader(QIODevice *device)
{
    if (!checkFormat(device))
        return;
    m_archive = std::make_unique<XlsxArchive>(device);
    m_problem = m_archive->problem();
    if (m_problem.isEmpty())
        readStructure();
}

XlsxWorkbookReader::~XlsxWorkbookReader() = default;

bool XlsxWorkbookReader::checkFormat(QIODevice *device)
{
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("cannot be read: %1").arg(device->errorString());
        return false;
    }
    const QByteArray head = device->peek(8);
    switch (XlsxArchive::formatOf(head)) {
    case XlsxArchive::Format::Zip:
        return true;
    case XlsxArchive::Format::Ole:
        device->seek(0);
        m_problem =
            XlsxArchive::isEncryptedOle(device->readAll())
                ? QStringLiteral("is protected with a password, so it cannot be read: open it in "
                                 "Excel, remove the password (File > Info > Protect Workbook > "
                                 "Encrypt with Password) and save it, or save the sheets as CSV "
                                 "UTF-8")
                : QStringLiteral("is an Excel 97-2003 workbook (.xls), which cannot be read: open "
                                 "it in Excel and save it as an Excel Workbook (.xlsx) or as CSV "
                                 "UTF-8, then import that");
        return false;
    case XlsxArchive::Format::Other:
        break;
    }
    m_problem = head.isEmpty() ? QStringLiteral("is empty: it is not an Excel workbook; ") + kSaveAs
                               : QStringLiteral("is not an Excel workbook: an .xlsx file is a zip "
                                                "archive and this file is not; ") +
                                     kSaveAs;
    return false;
}

void XlsxWorkbookReader::readStructure()
{
    if (!m_archive->contains(kWorkbook)) {
        if (m_archive->contains(QStringLiteral("xl/workbook.bin")))
            m_problem = QStringLiteral("is an Excel binary workbook (.xlsb), which cannot be "
                                       "read; ") +
                        kSaveAs;
        else if (m_archive->contains(QStringLiteral("content.xml")))
            m_problem = QStringLiteral("is an OpenDocument spreadsheet (.ods), which cannot be "
                                       "read; ") +
                        kSaveAs;
        else
            m_problem = QStringLiteral("is a zip archive but not an Excel workbook (it has no "
                                       "xl/workbook.xml); ") +
                        kSaveAs;
        return;
    }
    QHash<QString, Relationship> relationships;
    if (m_archive->contains(kRelationships)) {
        const XlsxArchive::Part part = m_archive->read(kRelationships);
        m_problem = part.problem;
        if (part.ok())
            relationships = readRelationships(part.bytes, m_problem);
        if (!m_problem.isEmpty())
            return;
    }
    QString sharedStrings = kSharedStrings;
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type.endsWith(QStringLiteral("/sharedStrings")))
            sharedStrings = relationship.target;
    }
    if (m_archive->contains(sharedStrings)) {
        const XlsxArchive::Part part = m_archive->read(sharedStrings);
        m_problem = part.problem;
        if (!part.ok())
            return;
        XlsxSheetParser::SharedStrings strings =
            XlsxSheetParser::sharedStrings(part.bytes, sharedStrings);
        m_problem = strings.problem;
        m_sharedStrings = std::move(strings.strings);
        if (!m_problem.isEmpty())
            return;
    }
    const XlsxArchive::Part workbook = m_archive->read(kWorkbook);
    m_problem = workbook.problem;
    if (!workbook.ok())
        return;
    QXmlStreamReader xml(workbook.bytes);
    if (XlsxSheetParser::readRoot(xml, kWorkbook)) {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"sheets") {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"sheet") {
                    SheetPart sheet{
                        xml.attributes().value(QStringLiteral("name")).toString(), {}, {}};
                    const Relationship relationship =
                        relationships.value(relationshipId(xml.attributes()));
                    // Chart sheets and the like have no cells; a worksheet whose part is missing
                    // is damage, reported if the import needs that sheet.
                    if (relationship.target.isEmpty())
                        sheet.problem = QStringLiteral("cannot be read: the workbook does not say "
                                                       "where its cells are, so the file is "
                                                       "damaged; open it in Excel and save it "
                                                       "again");
                    else if (relationship.type.endsWith(QStringLiteral("/worksheet")))
                        sheet.part = relationship.target;
                    m_sheets << sheet;
                }
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        m_problem = XlsxSheetParser::xmlProblem(xml, kWorkbook);
        m_sheets.clear();
    }
}

QStringList XlsxWorkbookReader::sheetNames() const
{
    QStringList names;
    for (const SheetPart &sheet : m_sheets)
        names << sheet.name;
    return names;
}

XlsxWorkbook::Sheet XlsxWorkbookReader::sheet(qsizetype index) const
{
    XlsxWorkbook::Sheet sheet;
    if (index < 0 || index >= m_sheets.size())
        return sheet;
    const SheetPart &entry = m_sheets.at(index);
    sheet.name = entry.name;
    sheet.problem = entry.problem;
    if (!sheet.problem.isEmpty() || entry.part.isEmpty())
        return sheet;
    const XlsxArchive::Part part = m_archive->read(entry.part);
    sheet.problem = part.problem;
    if (part.ok())
        XlsxSheetParser::readCells(part.bytes, entry.part, m_sharedStrings, sheet);
    return sheet;
}

XlsxWorkbook XlsxWorkbookReader::everySheet(const QString &fileName) const
{
    XlsxWorkbook workbook;
    workbook.fileName = fileName;
    workbook.problem = m_problem;
    for (qsizetype i = 0; i < m_sheets.size() && m_problem.isEmpty(); ++i)
        workbook.sheets << sheet(i);
    return workbook;
}

XlsxWorkbook XlsxWorkbookReader::read(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    return XlsxWorkbookReader(&buffer).everySheet(fileName);
}

XlsxWorkbook XlsxWorkbookReader::readFile(const QString &path)
{
    QFile file(path);
    return XlsxWorkbookReader(&file).everySheet(QFileInfo(path).fileName());
}

} // namespace lps
