#include "testzip.h"

#include <QFile>
#include <QTemporaryDir>

#include <minizip/zip.h>

namespace lps::test {

TestZip &TestZip::add(const QString &name, const QByteArray &bytes, bool compress)
{
    m_parts << qMakePair(name, bytes);
    m_compress << compress;
    return *this;
}

QByteArray TestZip::bytes() const
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.zip"));
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!dir.isValid() || !zip)
        qFatal("TestZip: cannot create the archive");
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        const QByteArray name = m_parts[i].first.toUtf8();
        const QByteArray &bytes = m_parts[i].second;
        const zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                  m_compress[i] ? Z_DEFLATED : 0, Z_DEFAULT_COMPRESSION,
                                  0) != ZIP_OK ||
            zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK)
            qFatal("TestZip: cannot write %s", name.constData());
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        qFatal("TestZip: cannot finish the archive");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TestZip: cannot read the archive back");
    return file.readAll();
}

QByteArray TestZip::worksheet(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<sheetData>" +
           sheetData + "</sheetData></worksheet>";
}

TestZip TestZip::workbook(const QList<QPair<QString, QByteArray>> &sheets,
                          const QByteArray &sharedStrings, bool absoluteTargets)
{
    const QByteArray relationship = "http://schemas.openxmlformats.org/officeDocument/2006/"
                                    "relationships/";
    QByteArray list, relationships, types;
    TestZip zip;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray part = "worksheets/sheet" + n + ".xml";
        list += "<sheet name=\"" + sheets[i].first.toHtmlEscaped().toUtf8() + "\" sheetId=\"" + n +
                "\" r:id=\"rId" + n + "\"/>";
        relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + relationship +
                         "worksheet\" Target=\"" + (absoluteTargets ? "/xl/" : "") + part + "\"/>";
        types += "<Override PartName=\"/xl/" + part +
                 "\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        zip.add(QStringLiteral("xl/") + QString::fromLatin1(part), worksheet(sheets[i].second));
    }
    if (!sharedStrings.isNull()) {
        relationships += "<Relationship Id=\"rIdS\" Type=\"" + relationship +
                         "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        zip.add(QStringLiteral("xl/sharedStrings.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst "
                "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                    sharedStrings + "</sst>");
    }
    zip.add(QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                types + "</Types>");
    zip.add(QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"" +
                relationship + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    zip.add(QStringLiteral("xl/workbook.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheets>" +
                list + "</sheets></workbook>");
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                relationships + "</Relationships>");
    return zip;
}

} // namespace lps::test
