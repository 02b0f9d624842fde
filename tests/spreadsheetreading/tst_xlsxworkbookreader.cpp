// Reading what a workbook holds: sheets in workbook order with their names, and every kind of
// cell as Excel shows it (shared and inline strings, rich text, numbers, booleans, errors and
// formulas), from workbooks libxlsxwriter writes and from XML written by hand.
#include "spreadsheetreading/xlsxarchive.h"
#include "spreadsheetreading/xlsxworkbookreader.h"
#include "testworkbook.h"
#include "testzip.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace lps;
using namespace lps::test;

using Cell = XlsxWorkbook::Cell;
using Kind = XlsxWorkbook::Cell::Kind;

Q_DECLARE_METATYPE(Cell::Kind)

class TestXlsxWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void readsSheetsInWorkbookOrder();
    void readsCellsAsExcelShowsThem_data();
    void readsCellsAsExcelShowsThem();
    void readsInlineStrings();
    void readsRichTextWithoutPhoneticGuides();
    void readsHandWrittenCells_data();
    void readsHandWrittenCells();
    void placesCellsWithoutReferences();
    void findsSheetsByAbsoluteTargets();
    void readsAFileByPath();
};

namespace {

// One part of a workbook as written, to check that a test reads what it means to read.
QByteArray partOf(const QByteArray &workbook, const QString &name)
{
    QBuffer buffer;
    buffer.setData(workbook);
    return XlsxArchive(&buffer).read(name).bytes;
}

XlsxWorkbook readHandWritten(const QByteArray &sheetData, const QByteArray &sharedStrings = {})
{
    const QByteArray bytes =
        TestZip::workbook({{QStringLiteral("Data"), sheetData}}, sharedStrings).bytes();
    return XlsxWorkbookReader::read(bytes, QStringLiteral("hand.xlsx"));
}

} // namespace

void TestXlsxWorkbookReader::readsSheetsInWorkbookOrder()
{
    TestWorkbook book;
    book.addSheet(QStringLiteral("Resources"), {{"name"}})
        .addSheet(QStringLiteral("Notes"), {})
        .addSheet(QStringLiteral("Services £ – 2026"), {{"name"}});
    const XlsxWorkbook workbook = XlsxWorkbookReader::read(book.bytes(), QStringLiteral("b.xlsx"));
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QCOMPARE(workbook.fileName, QStringLiteral("b.xlsx"));
    QCOMPARE(workbook.sheetNames(),
             QStringList({QStringLiteral("Resources"), QStringLiteral("Notes"),
                          QStringLiteral("Services £ – 2026")}));
    QCOMPARE(workbook.sheets[1].cells.size(), 0);
    QCOMPARE(workbook.sheets[2].cells.size(), 1);
}

void TestXlsxWorkbookReader::readsCellsAsExcelShowsThem_data()
{
    QTest::addColumn<TestCell>("written");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Cell::Kind>("kind");
    QTest::addColumn<QString>("formula");
    QTest::newRow("text") << TestCell("Meals on wheels") << QStringLiteral("Meals on wheels")
                          << Kind::Text << QString();
    QTest::newRow("text with a line break")
        << TestCell("Day centre\n(Riverside)") << QStringLiteral("Day centre\n(Riverside)")
        << Kind::Text << QString();
    QTest::newRow("money") << TestCell::formatted(1234.5, QStringLiteral("\"£\"#,##0.00"))
                           << QStringLiteral("1234.5") << Kind::Number << QString();
    QTest::newRow("percentage") << TestCell::formatted(0.6, QStringLiteral("0%"))
                                << QStringLiteral("0.6") << Kind::Number << QString();
    QTest::newRow("whole number") << TestCell(1200) << QStringLiteral("1200") << Kind::Number
                                  << QString();
    QTest::newRow("true") << TestCell(true) << QStringLiteral("TRUE") << Kind::Boolean << QString();
    QTest::newRow("false") << TestCell(false) << QStringLiteral("FALSE") << Kind::Boolean
                           << QString();
    QTest::newRow("formula") << TestCell::formula(QStringLiteral("=SUM(1,2)"), 3)
                             << QStringLiteral("3") << Kind::Number << QStringLiteral("SUM(1,2)");
    QTest::newRow("formula left with a binary fraction")
        << TestCell::formula(QStringLiteral("=100*1.1"), 100 * 1.1) << QStringLiteral("110")
        << Kind::Number << QStringLiteral("100*1.1");
    QTest::newRow("text that looks like a formula")
        << TestCell("=cmd|' /C calc'!A0") << QStringLiteral("=cmd|' /C calc'!A0") << Kind::Text
        << QString();
}

void TestXlsxWorkbookReader::readsCellsAsExcelShowsThem()
{
    QFETCH(TestCell, written);
    QFETCH(QString, text);
    QFETCH(Cell::Kind, kind);
    QFETCH(QString, formula);
    TestWorkbook book;
    // Away from A1, so that the places are checked too.
    book.addSheet(QStringLiteral("Sheet1"), {{"header"}, {TestCell(), written}}, 3, 2);
    const XlsxWorkbook workbook = XlsxWorkbookReader::read(book.bytes(), QStringLiteral("c.xlsx"));
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    const XlsxWorkbook::Sheet &sheet = workbook.sheets.first();
    QCOMPARE(sheet.problem, QString());
    QCOMPARE(sheet.cells.size(), 2);
    QCOMPARE(sheet.cell(QStringLiteral("B3"))->text, QStringLiteral("header"));
    const Cell *cell = sheet.cell(QStringLiteral("C4"));
    QVERIFY(cell);
    QCOMPARE(cell->row, 4);
    QCOMPARE(cell->column, 3);
    QCOMPARE(cell->text, text);
    QCOMPARE(cell->kind, kind);
    QCOMPARE(cell->formula.has_value(), !formula.isEmpty());
    QCOMPARE(cell->formula.value_or(QString()), formula);
}

void TestXlsxWorkbookReader::readsInlineStrings()
{
    TestWorkbook book(true);
    book.addSheet(QStringLiteral("Services"), {{"name", "cost"}, {"Libraries", 640000}});
    const QByteArray bytes = book.bytes();
    QVERIFY(partOf(bytes, QStringLiteral("xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\""));
    const XlsxWorkbook workbook = XlsxWorkbookReader::read(bytes, QStringLiteral("i.xlsx"));
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    const XlsxWorkbook::Sheet &sheet = workbook.sheets.first();
    QCOMPARE(sheet.cell(2, 1)->text, QStringLiteral("Libraries"));
    QCOMPARE(sheet.cell(2, 2)->text, QStringLiteral("640000"));

    // By hand too, with rich text runs inside <is>.
    const XlsxWorkbook hand =
        readHandWritten("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Youth</t></is></c>"
                        "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Day </t></r><r><rPr><b/></rPr>"
                        "<t>centre</t></r></is></c></row>");
    QCOMPARE(hand.sheets.first().cell(1, 1)->text, QStringLiteral("Youth"));
    QCOMPARE(hand.sheets.first().cell(1, 2)->text, QStringLiteral("Day centre"));
}

void TestXlsxWorkbookReader::readsRichTextWithoutPhoneticGuides()
{
    TestWorkbook book;
    book.addSheet(QStringLiteral("Sheet1"),
                  {{TestCell::rich({QStringLiteral("Children’s "), QStringLiteral("Centres"),
                                    QStringLiteral(" (3 sites)")})}});
    const QByteArray bytes = book.bytes();
    QVERIFY(partOf(bytes, QStringLiteral("xl/sharedStrings.xml")).contains("<r><rPr><b/>"));
    XlsxWorkbook workbook = XlsxWorkbookReader::read(bytes, QStringLiteral("r.xlsx"));
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QCOMPARE(workbook.sheets.first().cell(1, 1)->text,
             QStringLiteral("Children’s Centres (3 sites)"));

    // A phonetic guide shown above Japanese text is not part of the value.
    workbook = readHandWritten("<row><c t=\"s\"><v>1</v></c></row>",
                               "<si><t>first</t></si>"
                               "<si><r><t>東京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t>"
                               "</rPh><phoneticPr fontId=\"1\"/><r><t> office</t></r></si>");
    QCOMPARE(workbook.problem, QString());
    QCOMPARE(workbook.sheets.first().cell(1, 1)->text, QStringLiteral("東京 office"));
}

void TestXlsxWorkbookReader::readsHandWrittenCells_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Cell::Kind>("kind");
    QTest::newRow("number, no type") << QByteArray("<c r=\"A1\"><v>0.30000000000000004</v></c>")
                                     << QStringLiteral("0.3") << Kind::Number;
    QTest::newRow("number, t=n") << QByteArray("<c r=\"A1\" t=\"n\"><v>1.2345E+3</v></c>")
                                 << QStringLiteral("1234.5") << Kind::Number;
    QTest::newRow("shared string") << QByteArray("<c r=\"A1\" t=\"s\"><v>0</v></c>")
                                   << QStringLiteral("Grant £") << Kind::Text;
    QTest::newRow("formula string")
        << QByteArray("<c r=\"A1\" t=\"str\"><f>A2&amp;\"x\"</f><v>need_x000D_</v></c>")
        << QStringLiteral("need\r") << Kind::Text;
    QTest::newRow("boolean") << QByteArray("<c r=\"A1\" t=\"b\"><v>1</v></c>")
                             << QStringLiteral("TRUE") << Kind::Boolean;
    QTest::newRow("error") << QByteArray("<c r=\"A1\" t=\"e\"><f>VLOOKUP(1,B:C,2)</f>"
                                         "<v>#N/A</v></c>")
                           << QStringLiteral("#N/A") << Kind::Error;
    QTest::newRow("formula never calculated")
        << QByteArray("<c r=\"A1\"><f>SUM(B1:B3)</f></c>") << QString() << Kind::NoValue;
    QTest::newRow("date as ISO text") << QByteArray("<c r=\"A1\" t=\"d\"><v>2026-04-01</v></c>")
                                      << QStringLiteral("2026-04-01") << Kind::Text;
    QTest::newRow("escaped bell")
        << QByteArray("<c r=\"A1\" t=\"inlineStr\"><is><t>a_x0007_b</t></is></c>")
        << QStringLiteral("a\u0007b") << Kind::Text;
    QTest::newRow("prefixed elements")
        << QByteArray("<x:c xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "r=\"A1\"><x:v>7</x:v></x:c>")
        << QStringLiteral("7") << Kind::Number;
}

void TestXlsxWorkbookReader::readsHandWrittenCells()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, text);
    QFETCH(Cell::Kind, kind);
    const XlsxWorkbook workbook =
        readHandWritten("<row r=\"1\">" + cell + "</row>", "<si><t>Grant £</t></si>");
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    const XlsxWorkbook::Sheet &sheet = workbook.sheets.first();
    QCOMPARE(sheet.problem, QString());
    QCOMPARE(sheet.cells.size(), 1);
    QCOMPARE(sheet.cells.first().text, text);
    QCOMPARE(sheet.cells.first().kind, kind);
}

// A cell without r= follows the one before it; a row without r= follows the row before it.
// Empty and merely formatted cells are left out.
void TestXlsxWorkbookReader::placesCellsWithoutReferences()
{
    const XlsxWorkbook workbook =
        readHandWritten("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c><v>2</v></c><c s=\"3\"/>"
                        "<c><v>4</v></c></row>"
                        "<row><c><v>5</v></c><c r=\"AB3\"><v>6</v></c><c><v>7</v></c></row>");
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QList<QPair<QString, QString>> places;
    for (const Cell &cell : workbook.sheets.first().cells)
        places << qMakePair(QStringLiteral("%1,%2").arg(cell.row).arg(cell.column), cell.text);
    const QList<QPair<QString, QString>> expected{{QStringLiteral("2,3"), QStringLiteral("1")},
                                                  {QStringLiteral("2,4"), QStringLiteral("2")},
                                                  {QStringLiteral("2,6"), QStringLiteral("4")},
                                                  {QStringLiteral("3,1"), QStringLiteral("5")},
                                                  {QStringLiteral("3,28"), QStringLiteral("6")},
                                                  {QStringLiteral("3,29"), QStringLiteral("7")}};
    QCOMPARE(places, expected);
}

void TestXlsxWorkbookReader::findsSheetsByAbsoluteTargets()
{
    const QByteArray bytes =
        TestZip::workbook({{QStringLiteral("One"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"},
                           {QStringLiteral("Two"), "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"}},
                          {}, true)
            .bytes();
    const XlsxWorkbook workbook = XlsxWorkbookReader::read(bytes, QStringLiteral("abs.xlsx"));
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QCOMPARE(workbook.sheet(QStringLiteral("One"))->cell(1, 1)->text, QStringLiteral("1"));
    QCOMPARE(workbook.sheet(QStringLiteral("Two"))->cell(1, 1)->text, QStringLiteral("2"));
}

void TestXlsxWorkbookReader::readsAFileByPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget 2026.xlsx"));
    QVERIFY(TestWorkbook().addSheet(QStringLiteral("Services"), {{"name"}}).save(path));
    const XlsxWorkbook workbook = XlsxWorkbookReader::readFile(path);
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QCOMPARE(workbook.fileName, QStringLiteral("budget 2026.xlsx"));
    QCOMPARE(workbook.sheets.first().cell(1, 1)->text, QStringLiteral("name"));

    const XlsxWorkbook missing = XlsxWorkbookReader::readFile(dir.filePath(QStringLiteral("no")));
    QVERIFY(missing.problem.startsWith(QStringLiteral("cannot be read")));
}

QTEST_GUILESS_MAIN(TestXlsxWorkbookReader)
#include "tst_xlsxworkbookreader.moc"
