#include "spreadsheetreader.h"

#include "csv/csvreader.h"
#include "xlsxarchive.h"
#include "xlsxsheettable.h"
#include "xlsxworkbookreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace lps {

namespace {

CsvTable readWorkbook(QIODevice *device, const QString &fileName, const QString &wanted)
{
    const XlsxWorkbookReader reader(device);
    CsvTable refused;
    refused.fileName = fileName;
    refused.encoding = XlsxSheetTable::encoding();
    if (!reader.problem().isEmpty()) {
        refused.problems << Problem::error(fileName, reader.problem());
        return refused;
    }
    const XlsxSheetTable::Choice choice = XlsxSheetTable::choose(reader.sheetNames(), wanted);
    if (choice.index < 0) {
        refused.problems << Problem::error(fileName, choice.problem);
        return refused;
    }
    return XlsxSheetTable::toTable(reader.sheet(choice.index), fileName);
}

} // namespace

bool SpreadsheetReader::isWorkbook(const QByteArray &firstBytes)
{
    return XlsxArchive::formatOf(firstBytes) != XlsxArchive::Format::Other;
}

CsvTable SpreadsheetReader::read(const QByteArray &bytes, const QString &fileName,
                                 const QString &sheet)
{
    if (!isWorkbook(bytes))
        return CsvReader::read(bytes, fileName);
    QBuffer buffer;
    buffer.setData(bytes);
    return readWorkbook(&buffer, fileName, sheet);
}

CsvTable SpreadsheetReader::readFile(const QString &path, const QString &sheet)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CsvReader::unreadable(path, file.errorString());
    // A workbook is read from the file as it is needed, never whole into memory.
    if (isWorkbook(file.peek(8)))
        return readWorkbook(&file, name, sheet);
    return CsvReader::read(file.readAll(), name);
}

} // namespace lps
