// Workbooks come by e-mail from anyone: whatever the bytes (not a zip, an old .xls, a password,
// a zip of something else, damaged XML, an archive that unpacks to gigabytes), reading never
// crashes, never fills memory, and refuses with what to do instead.
#include "spreadsheetreading/xlsxarchive.h"
#include "spreadsheetreading/xlsxsheetparser.h"
#include "spreadsheetreading/xlsxworkbookreader.h"
#include "testworkbook.h"
#include "testzip.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace lps;
using namespace lps::test;

class TestXlsxDamagedWorkbooks : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatIsNotAWorkbook_data();
    void refusesWhatIsNotAWorkbook();
    void refusesADamagedSheetByName_data();
    void refusesADamagedSheetByName();
    void refusesAZipBomb();
    void refusesAPartThatIsLargerThanItSays();
    void refusesTooManyParts();
    void survivesRandomDamage();
};

namespace {

const QByteArray kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QByteArray goodWorkbook()
{
    return TestWorkbook()
        .addSheet(QStringLiteral("Services"), {{"name", "tier", "cost"}, {"Libraries", "need", 1}})
        .bytes();
}

QByteArray utf16(const char *text)
{
    QByteArray bytes;
    for (const char *c = text; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes;
}

// Sets the size a part says it unpacks to, in its local header and in the central directory,
// leaving the compressed data as it is.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &name, quint32 size)
{
    const auto patch = [&](const QByteArray &signature, int nameLengthAt, int nameAt, int sizeAt) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
            const int nameLength =
                quint8(zip[at + nameLengthAt]) | (quint8(zip[at + nameLengthAt + 1]) << 8);
            if (zip.mid(at + nameAt, nameLength) != name)
                continue;
            for (int i = 0; i < 4; ++i)
                zip[at + sizeAt + i] = char((size >> (8 * i)) & 0xff);
        }
    };
    patch("PK\x03\x04", 26, 30, 22);
    patch("PK\x01\x02", 28, 46, 24);
    return zip;
}

XlsxWorkbook read(const QByteArray &bytes)
{
    return XlsxWorkbookReader::read(bytes, QStringLiteral("budget.xlsx"));
}

} // namespace

void TestXlsxDamagedWorkbooks::refusesWhatIsNotAWorkbook_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("CSV text") << QByteArray("name,tier,cost\n")
                              << QStringLiteral("is not an Excel workbook: an .xlsx file is a zip "
                                                "archive and this file is not");
    QTest::newRow("Excel 97-2003") << kOleMagic + QByteArray(504, '\0') + utf16("Workbook")
                                   << QStringLiteral("is an Excel 97-2003 workbook (.xls), which "
                                                     "cannot be read: open it in Excel and save "
                                                     "it as an Excel Workbook (.xlsx) or as CSV");
    QTest::newRow("password") << kOleMagic + QByteArray(504, '\0') + utf16("EncryptionInfo") +
                                     utf16("EncryptedPackage")
                              << QStringLiteral("is protected with a password, so it cannot be "
                                                "read: open it in Excel, remove the password");
    QTest::newRow("truncated zip")
        << goodWorkbook().left(200) << QStringLiteral("is not a zip archive that can be read");
    QTest::newRow("zip of something else")
        << TestZip().add(QStringLiteral("notes.txt"), "hello").bytes()
        << QStringLiteral("is a zip archive but not an Excel workbook (it has no "
                          "xl/workbook.xml); save the spreadsheet as an Excel Workbook (.xlsx) "
                          "or as CSV UTF-8");
    QTest::newRow("OpenDocument") << TestZip()
                                         .add(QStringLiteral("mimetype"),
                                              "application/vnd.oasis.opendocument.spreadsheet",
                                              false)
                                         .add(QStringLiteral("content.xml"),
                                              "<office:document-content/>")
                                         .bytes()
                                  << QStringLiteral("is an OpenDocument spreadsheet (.ods)");
    QTest::newRow("binary workbook")
        << TestZip().add(QStringLiteral("xl/workbook.bin"), "\x83\x01").bytes()
        << QStringLiteral("is an Excel binary workbook (.xlsb)");
    QTest::newRow("damaged workbook.xml")
        << TestZip().add(QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet").bytes()
        << QStringLiteral("cannot be read: the XML of xl/workbook.xml is damaged at line 1");
    QTest::newRow("damaged shared strings")
        << TestZip::workbook({{QStringLiteral("S"), {}}}, "<si><t>a</si>").bytes()
        << QStringLiteral("cannot be read: the XML of xl/sharedStrings.xml is damaged");
    QTest::newRow("entity tricks")
        << TestZip()
               .add(QStringLiteral("xl/workbook.xml"),
                    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                    "<workbook><sheets><sheet name=\"&lol2;\"/></sheets></workbook>")
               .bytes()
        << QStringLiteral("cannot be read: xl/workbook.xml has a document type declaration");
}

void TestXlsxDamagedWorkbooks::refusesWhatIsNotAWorkbook()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const XlsxWorkbook workbook = read(bytes);
    QVERIFY2(workbook.problem.startsWith(problem), qPrintable(workbook.problem));
    QVERIFY(workbook.sheets.isEmpty());
    QVERIFY(!workbook.ok());
}

void TestXlsxDamagedWorkbooks::refusesADamagedSheetByName_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QString>("problem");
    QTest::newRow("malformed XML")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")
        << QStringLiteral("cannot be read: the XML of xl/worksheets/sheet2.xml is damaged at "
                          "line 2, column");
    QTest::newRow("missing shared string")
        << QByteArray("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>")
        << QStringLiteral("cannot be read: its cell B1 refers to shared text number 7, which the "
                          "workbook does not have");
    QTest::newRow("beyond the last column") << QByteArray("<row r=\"1\"><c r=\"XFE1\"/></row>")
                                            << QStringLiteral("has a cell at \"XFE1\"");
    QTest::newRow("beyond the last row")
        << QByteArray("<row r=\"1048577\"><c><v>1</v></c></row>")
        << QStringLiteral("has a row numbered \"1048577\", outside Excel's rows 1 to 1,048,576");
    QTest::newRow("counting past XFD")
        << QByteArray("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c><v>2</v></c></row>")
        << QStringLiteral("has a cell in row 1 beyond Excel's last column");
    // Nested a hundred thousand deep: read without recursion, so without overflowing the stack.
    QTest::newRow("deeply nested runs")
        << "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + QByteArray("<r>").repeated(100000) +
               "</is></c></row>"
        << QStringLiteral("cannot be read: the XML of xl/worksheets/sheet2.xml is damaged");
}

// The other sheets still read: an import that needs only those is not held up.
void TestXlsxDamagedWorkbooks::refusesADamagedSheetByName()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QString, problem);
    const XlsxWorkbook workbook =
        read(TestZip::workbook({{QStringLiteral("Resources"), "<row><c><v>1</v></c></row>"},
                                {QStringLiteral("Services"), sheetData}},
                               "<si><t>a</t></si>")
                 .bytes());
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QCOMPARE(workbook.sheets.size(), 2);
    QCOMPARE(workbook.sheets[0].problem, QString());
    QCOMPARE(workbook.sheets[0].cells.size(), 1);
    const XlsxWorkbook::Sheet &damaged = workbook.sheets[1];
    QCOMPARE(damaged.name, QStringLiteral("Services"));
    QVERIFY2(damaged.problem.startsWith(problem), qPrintable(damaged.problem));
    QVERIFY(damaged.cells.isEmpty());
}

// 65 MiB of zeros packs into some 65 KiB.
void TestXlsxDamagedWorkbooks::refusesAZipBomb()
{
    const QByteArray bomb =
        TestZip::workbook({{QStringLiteral("Services"),
                            QByteArray(XlsxArchive::kMaxPartBytes + 1024 * 1024, ' ')}})
            .bytes();
    QVERIFY(bomb.size() < 1024 * 1024);
    const XlsxWorkbook workbook = read(bomb);
    QVERIFY2(workbook.ok(), qPrintable(workbook.problem));
    QVERIFY2(workbook.sheets.first().problem.startsWith(
                 QStringLiteral("cannot be read: its part xl/worksheets/sheet1.xml unpacks to "
                                "more than 64 MiB")),
             qPrintable(workbook.sheets.first().problem));
}

// An archive that says its part is small but packs more: reading stops at what it says and the
// checksum refuses the part, rather than unpacking whatever is there.
void TestXlsxDamagedWorkbooks::refusesAPartThatIsLargerThanItSays()
{
    const QByteArray liar = withDeclaredSize(
        TestZip()
            .add(QStringLiteral("xl/workbook.xml"), QByteArray(8 * 1024 * 1024, ' ') + "<x/>")
            .bytes(),
        "xl/workbook.xml", 1024);
    const XlsxWorkbook workbook = read(liar);
    QVERIFY2(workbook.problem.startsWith(
                 QStringLiteral("cannot be read: its part xl/workbook.xml cannot be unpacked")),
             qPrintable(workbook.problem));
}

void TestXlsxDamagedWorkbooks::refusesTooManyParts()
{
    TestZip zip;
    for (int i = 0; i <= XlsxArchive::kMaxEntries; ++i)
        zip.add(QStringLiteral("x/%1").arg(i), {}, false);
    const XlsxWorkbook workbook = read(zip.bytes());
    QVERIFY2(workbook.problem.startsWith(QStringLiteral("has 10,001 parts")),
             qPrintable(workbook.problem));
}

// Bytes of a good workbook changed at random: every result is a workbook or a refusal.
void TestXlsxDamagedWorkbooks::survivesRandomDamage()
{
    const QByteArray good = goodWorkbook();
    QRandomGenerator random(14);
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = good;
        const int changes = 1 + random.bounded(8);
        for (int i = 0; i < changes; ++i)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const XlsxWorkbook workbook = read(bytes);
        bool sheetRefused = false;
        for (const XlsxWorkbook::Sheet &sheet : workbook.sheets)
            sheetRefused = sheetRefused || !sheet.problem.isEmpty();
        if (!workbook.ok() || sheetRefused)
            ++refused;
    }
    // Changes to the parts read are refused by their checksums; other changes go unseen.
    QVERIFY2(refused >= 100, qPrintable(QString::number(refused)));
    QByteArray noise(4096, '\0');
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QVERIFY(!read("PK\x03\x04" + noise).ok());
}

QTEST_GUILESS_MAIN(TestXlsxDamagedWorkbooks)
#include "tst_xlsxdamagedworkbooks.moc"
