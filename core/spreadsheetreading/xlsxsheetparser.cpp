#include "xlsxsheetparser.h"

#include "xlsxcelltext.h"

#include <QLocale>
#include <QXmlStreamReader>

namespace lps {

namespace {

using Cell = XlsxWorkbook::Cell;

// The text of an <si> or <is> the reader is on: its <t>, or the <t> of each rich text run <r>.
// A phonetic guide (<rPh>, shown above Japanese text) and run formatting are not the value.
// Iterative, not recursive: a hostile file may nest runs a million deep.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    int runs = 0;
    for (;;) {
        if (xml.readNextStartElement()) {
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"r")
                ++runs;
            else
                xml.skipCurrentElement();
        } else if (xml.hasError() || runs-- == 0) {
            break;
        }
    }
    return XlsxCellText::unescaped(text);
}

// "1,048,576": counts in messages are grouped, whatever the desktop's locale.
QString counted(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(number);
}

QString placeOf(int row, int column)
{
    return XlsxCellText::columnName(column) + QString::number(row);
}

// Reads <sheetData>: its rows and their cells, with their places as Excel shows them. A place a
// cell leaves out follows the cell before it, as the format allows.
class CellReader
{
public:
    CellReader(QXmlStreamReader &xml, const QStringList &shared, XlsxWorkbook::Sheet &sheet)
        : m_xml(xml)
        , m_shared(shared)
        , m_sheet(sheet)
    {
    }

    void readData()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"row")
                readRow();
            else if (m_xml.name() == u"c")
                readCell();
            else
                m_xml.skipCurrentElement();
        }
    }

private:
    QXmlStreamReader &m_xml;
    const QStringList &m_shared;
    XlsxWorkbook::Sheet &m_sheet;
    int m_row = 0;
    int m_column = 0;

    void refuse(const QString &message) { m_xml.raiseError(message); }

    void readRow()
    {
        const QStringView number = m_xml.attributes().value(QStringLiteral("r"));
        bool ok = true;
        const int row = number.isEmpty() ? m_row + 1 : number.toInt(&ok);
        if (!ok || row < 1 || row > XlsxCellText::kMaxRows)
            return refuse(QStringLiteral("has a row numbered \"%1\", outside Excel's rows 1 to "
                                         "%2: the file was not saved by a spreadsheet or is "
                                         "damaged; open it in Excel and save it again")
                              .arg(number.isEmpty() ? QString::number(row) : number.toString(),
                                   counted(XlsxCellText::kMaxRows)));
        m_row = row;
        m_column = 0;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"c")
                readCell();
            else
                m_xml.skipCurrentElement();
        }
    }

    bool place(int &row, int &column)
    {
        const QStringView reference = m_xml.attributes().value(QStringLiteral("r"));
        if (reference.isEmpty()) {
            row = std::max(m_row, 1);
            column = m_column + 1;
            if (column <= XlsxCellText::kMaxColumns)
                return true;
            refuse(
                QStringLiteral("has a cell in row %1 beyond Excel's last column, XFD: the file is "
                               "damaged; open it in Excel and save it again")
                    .arg(row));
            return false;
        }
        const std::optional<XlsxCellText::Reference> at = XlsxCellText::reference(reference);
        if (!at) {
            refuse(QStringLiteral("has a cell at \"%1\", which is not a place in a sheet "
                                  "(Excel's last cell is XFD1048576): the file is damaged; open "
                                  "it in Excel and save it again")
                       .arg(reference.left(20).toString()));
            return false;
        }
        row = at->row;
        column = at->column;
        return true;
    }

    void readCell()
    {
        int row = 0, column = 0;
        if (!place(row, column))
            return;
        m_column = column;
        const QString type = m_xml.attributes().value(QStringLiteral("t")).toString();
        QString value, inlineText;
        bool hasValue = false;
        std::optional<QString> formula;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"v") {
                value = m_xml.readElementText();
                hasValue = true;
            } else if (m_xml.name() == u"f") {
                formula = m_xml.readElementText();
            } else if (m_xml.name() == u"is") {
                inlineText = richText(m_xml);
                hasValue = true;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return;
        Cell cell{row, column, {}, Cell::Kind::Text, formula};
        if (!hasValue && formula)
            cell.kind = Cell::Kind::NoValue;
        else if (!hasValue)
            return; // a formatted empty cell
        else if (!readValue(cell, type, type == u"inlineStr" ? inlineText : value))
            return;
        if (cell.text.isEmpty() && !cell.formula)
            return;
        if (m_sheet.cells.size() >= XlsxSheetParser::kMaxCells)
            return refuse(QStringLiteral("has more than %1 filled cells, far more than a sheet "
                                         "of services or resources, so it was refused: copy the "
                                         "services or resources into a workbook of their own")
                              .arg(counted(XlsxSheetParser::kMaxCells)));
        m_sheet.cells << cell;
    }

    bool readValue(Cell &cell, const QString &type, const QString &value)
    {
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_shared.size()) {
                refuse(QStringLiteral(
                           "cannot be read: its cell %1 refers to shared text number %2, which the "
                           "workbook does not have: the file is damaged; open it in "
                           "Excel and save it again")
                           .arg(placeOf(cell.row, cell.column), value.trimmed().left(20)));
                return false;
            }
            cell.text = m_shared.at(index);
        } else if (type == u"inlineStr" || type == u"str") {
            cell.text = XlsxCellText::unescaped(value);
        } else if (type == u"b") {
            cell.kind = Cell::Kind::Boolean;
            const QString flag = value.trimmed();
            cell.text = flag == u"1"   ? QStringLiteral("TRUE")
                        : flag == u"0" ? QStringLiteral("FALSE")
                                       : flag;
        } else if (type == u"e") {
            cell.kind = Cell::Kind::Error;
            cell.text = value.trimmed();
        } else if (type.isEmpty() || type == u"n") {
            const std::optional<QString> number = XlsxCellText::number(value);
            cell.kind = number ? Cell::Kind::Number : Cell::Kind::Text;
            cell.text = number ? *number : value.trimmed();
        } else {
            cell.text = value.trimmed(); // "d", an ISO 8601 date, and anything newer: as written
        }
        return true;
    }
};

} // namespace

bool XlsxSheetParser::readRoot(QXmlStreamReader &xml, const QString &part)
{
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            xml.raiseError(QStringLiteral("cannot be read: %1 has a document type declaration, "
                                          "which no workbook has, so the file was not saved by "
                                          "a spreadsheet; open it in Excel and save it again")
                               .arg(part));
            return false;
        case QXmlStreamReader::StartElement:
            return true;
        default:
            break;
        }
    }
    return false;
}

QString XlsxSheetParser::xmlProblem(const QXmlStreamReader &xml, const QString &part)
{
    if (xml.error() == QXmlStreamReader::CustomError)
        return xml.errorString();
    return QStringLiteral("cannot be read: the XML of %1 is damaged at line %2, column %3 (%4); "
                          "open the workbook in Excel or LibreOffice and save it again, or save "
                          "the sheet as CSV")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

XlsxSheetParser::SharedStrings XlsxSheetParser::sharedStrings(const QByteArray &bytes,
                                                              const QString &part)
{
    SharedStrings result;
    QXmlStreamReader xml(bytes);
    if (readRoot(xml, part)) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"si")
                result.strings << richText(xml);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        result.problem = xmlProblem(xml, part);
    return result;
}

void XlsxSheetParser::readCells(const QByteArray &bytes, const QString &part,
                                const QStringList &sharedStrings, XlsxWorkbook::Sheet &sheet)
{
    QXmlStreamReader xml(bytes);
    CellReader reader(xml, sharedStrings, sheet);
    if (readRoot(xml, part)) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"sheetData")
                reader.readData();
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        sheet.cells.clear();
        sheet.problem = xmlProblem(xml, part);
    }
}

} // namespace lps
