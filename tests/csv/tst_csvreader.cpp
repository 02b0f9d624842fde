#include "csv/csvreader.h"
#include "csv/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace lps;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LPS_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QList<QStringList> fieldsOf(const CsvTable &table)
{
    QList<QStringList> rows{table.header};
    for (const CsvRecord &record : table.records)
        rows << record.fields;
    return rows;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> items)
{
    QList<QStringList> result;
    for (const auto &row : items)
        result << strings(row);
    return result;
}

QStringList locations(const Problems &problems)
{
    QStringList result;
    for (const Problem &problem : problems)
        result << problem.location;
    return result;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void windows1252HasTheWindowsAdditions();
    void refusesBrokenUtf8AfterAByteOrderMark();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void parsesRfc4180_data();
    void parsesRfc4180();
    void numbersRowsAsASpreadsheetDoes();
    void reportsMalformedQuoting_data();
    void reportsMalformedQuoting();
    void reportsCellsBeyondTheHeader();
    void refusesControlCharacters_data();
    void refusesControlCharacters();
    void saysPlainlyWhenTextIsUtf16Or32WithoutAMark_data();
    void saysPlainlyWhenTextIsUtf16Or32WithoutAMark();
    void reportsAnEmptyFile_data();
    void reportsAnEmptyFile();
    void readsExcelWindows1252Export();
    void readsUtf8WithByteOrderMark();
    void readsSemicolonAndTabFiles();
    void readsQuotedFixture();
    void reportsAFileThatCannotBeOpened();
};

void TestCsvReader::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("ascii") << QByteArray("name\n") << "name\n"
                           << "UTF-8";
    QTest::newRow("utf-8 pound") << QByteArray("\xc2\xa3"
                                               "5")
                                 << QStringLiteral("£5") << "UTF-8";
    QTest::newRow("utf-8 with bom") << QByteArray("\xef\xbb\xbf\xc2\xa3"
                                                  "5")
                                    << QStringLiteral("£5") << "UTF-8 with BOM";
    QTest::newRow("windows-1252 pound") << QByteArray("\xa3"
                                                      "5")
                                        << QStringLiteral("£5") << "Windows-1252";
    QTest::newRow("windows-1252 apostrophe")
        << QByteArray("Children\x92s") << QStringLiteral("Children’s") << "Windows-1252";
    QTest::newRow("windows-1252 quotes and euro") << QByteArray("\x93hub\x94 \x80"
                                                                "3")
                                                  << QStringLiteral("“hub” €3") << "Windows-1252";
    // One byte that is not UTF-8 makes the whole file Windows-1252, including valid-looking runs.
    QTest::newRow("mixed") << QByteArray("caf\xc3\xa9 \xa3") << QStringLiteral("cafÃ© £")
                           << "Windows-1252";
    QTest::newRow("truncated utf-8")
        << QByteArray("caf\xc3") << QStringLiteral("cafÃ") << "Windows-1252";
    QTest::newRow("utf-16le") << QByteArray("\xff\xfe\xa3\x00"
                                            "5\x00",
                                            6)
                              << QStringLiteral("£5") << "UTF-16LE";
    QTest::newRow("utf-16be") << QByteArray("\xfe\xff\x00\xa3\x00"
                                            "5",
                                            6)
                              << QStringLiteral("£5") << "UTF-16BE";
    QTest::newRow("empty") << QByteArray() << QString() << "UTF-8";
}

void TestCsvReader::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const TextDecoder::Result result = TextDecoder::decode(bytes);
    QCOMPARE(result.text, text);
    QCOMPARE(result.encoding, encoding);
    QVERIFY(result.error.isEmpty());
}

void TestCsvReader::windows1252HasTheWindowsAdditions()
{
    QByteArray all;
    for (int byte = 0; byte < 256; ++byte)
        all += char(byte);
    const QString text = TextDecoder::fromWindows1252(all);
    QCOMPARE(text.size(), 256);
    const QString windows =
        QStringLiteral("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
    QCOMPARE(text.mid(0x80, 32), windows);
    for (int byte : {0x00, 0x41, 0x7F, 0xA0, 0xA3, 0xE9, 0xFF})
        QCOMPARE(text.at(byte).unicode(), char16_t(byte)); // the rest is Latin-1
}

void TestCsvReader::refusesBrokenUtf8AfterAByteOrderMark()
{
    const CsvTable table =
        CsvReader::read("\xef\xbb\xbfname\nok\nbad \xa3\n", QStringLiteral("x.csv"));
    QCOMPARE(table.problems.size(), 1);
    QCOMPARE(table.problems.first().location, QStringLiteral("x.csv"));
    QCOMPARE(table.problems.first().message,
             QStringLiteral("line 3 has bytes that are not UTF-8 although the file starts with a "
                            "UTF-8 byte order mark; save the file again as \"CSV UTF-8\""));
    QVERIFY(table.records.isEmpty());
}

void TestCsvReader::detectsTheDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << "name,tier,cost\nx;y;z;w\n" << QChar(u',');
    QTest::newRow("semicolon") << "name;tier;cost\n1,2,3,4,5\n" << QChar(u';');
    QTest::newRow("tab") << "name\ttier\tcost\n" << QChar(u'\t');
    QTest::newRow("inside quotes do not count") << "\"a,b,c\";\"d,e\";f\n" << QChar(u';');
    QTest::newRow("quoted line break") << "\"a\nb\";c;d\n,,,,,\n" << QChar(u';');
    QTest::newRow("single column") << "name\nYouth club\n" << QChar(u',');
    QTest::newRow("tie goes to semicolon") << "Name;Cost (gross, net)\n" << QChar(u';');
    QTest::newRow("tie goes to tab") << "Name\tCost; gross\n" << QChar(u'\t');
    QTest::newRow("blank lines first") << "\n  \r\nname;cost\n" << QChar(u';');
    QTest::newRow("empty row of commas first") << ",,,\nname;cost\n" << QChar(u';');
    QTest::newRow("no final newline") << "a;b" << QChar(u';');
}

void TestCsvReader::detectsTheDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestCsvReader::parsesRfc4180_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("cr") << QByteArray("a,b\r1,2\r") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("empty cells") << QByteArray("a,b,c\n,,x\n")
                                 << rows({{"a", "b", "c"}, {"", "", "x"}});
    QTest::newRow("quoted delimiter")
        << QByteArray("a,b\n\"1,234.50\",2\n") << rows({{"a", "b"}, {"1,234.50", "2"}});
    QTest::newRow("doubled quotes")
        << QByteArray("a\n\"say \"\"hi\"\"\"\n") << rows({{"a"}, {"say \"hi\""}});
    QTest::newRow("only a quote") << QByteArray("a,b\n\"\"\"\",x\n")
                                  << rows({{"a", "b"}, {"\"", "x"}});
    QTest::newRow("embedded lf") << QByteArray("a,b\n\"1\n2\",3\n")
                                 << rows({{"a", "b"}, {"1\n2", "3"}});
    QTest::newRow("embedded crlf becomes lf")
        << QByteArray("a,b\r\n\"1\r\n2\",3\r\n") << rows({{"a", "b"}, {"1\n2", "3"}});
    QTest::newRow("quoted empty cell")
        << QByteArray("a,b\n\"\",x\n") << rows({{"a", "b"}, {"", "x"}});
    QTest::newRow("spaces kept in unquoted cells")
        << QByteArray("a,b\n 1 , 2\n") << rows({{"a", "b"}, {" 1 ", " 2"}});
    QTest::newRow("spaces around quotes dropped")
        << QByteArray("a,b\n \"1,5\" ,2\n") << rows({{"a", "b"}, {"1,5", "2"}});
    QTest::newRow("blank lines skipped") << QByteArray("\n\na,b\n\n1,2\n\r\n\n3,4\n\n")
                                         << rows({{"a", "b"}, {"1", "2"}, {"3", "4"}});
    QTest::newRow("rows of empty cells skipped")
        << QByteArray("a,b\n,\n  , \n\"\",\"\"\n1,2\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("short row") << QByteArray("a,b,c\n1\n") << rows({{"a", "b", "c"}, {"1"}});
    QTest::newRow("semicolons") << QByteArray("a;b\n1,5;\"x;y\"\n")
                                << rows({{"a", "b"}, {"1,5", "x;y"}});
    QTest::newRow("tabs") << QByteArray("a\tb\n1 2\t\"3\t4\"\n")
                          << rows({{"a", "b"}, {"1 2", "3\t4"}});
}

void TestCsvReader::parsesRfc4180()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, rows);
    const CsvTable table = CsvReader::read(bytes, QStringLiteral("t.csv"));
    QVERIFY2(table.problems.isEmpty(), qPrintable(table.problems.value(0).toString()));
    QCOMPARE(fieldsOf(table), rows);
}

void TestCsvReader::numbersRowsAsASpreadsheetDoes()
{
    // Row 1 header, row 2 blank, row 3 spans lines 3-5, row 4 is on line 6.
    const CsvTable table =
        CsvReader::read("name,notes\n\nA,\"one\ntwo\nthree\"\nB,x\n", QStringLiteral("t.csv"));
    QCOMPARE(table.headerRow, 1);
    QCOMPARE(table.records.size(), 2);
    QCOMPARE(table.records.at(0).row, 3);
    QCOMPARE(table.records.at(0).line, 3);
    QCOMPARE(table.records.at(1).row, 4);
    QCOMPARE(table.records.at(1).line, 6);
    QCOMPARE(table.location(table.records.at(0), 1),
             QStringLiteral("t.csv, row 3, column \"notes\""));
    QCOMPARE(table.location(table.records.at(1), 0),
             QStringLiteral("t.csv, row 4 (line 6), column \"name\""));
    QCOMPARE(table.location(table.records.at(1), 7),
             QStringLiteral("t.csv, row 4 (line 6), column 8"));
}

void TestCsvReader::reportsMalformedQuoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("locations");
    QTest::addColumn<QString>("firstMessage");
    QTest::newRow("stray quote")
        << QByteArray("name,size\nPipe,12\" wide\n") << strings({"t.csv, row 2, column \"size\""})
        << "has a double quote inside a cell that does not start with one; enclose the whole "
           "cell in double quotes and double the quote inside it (\"12\"\" pipe\")";
    QTest::newRow("text after closing quote")
        << QByteArray("name,size\n\"Pipe \"12\" wide\",3\n")
        << strings({"t.csv, row 2, column \"name\""})
        << "has text after the closing double quote; a double quote inside a quoted cell must be "
           "doubled (\"say \"\"hello\"\"\")";
    QTest::newRow("unterminated at end of file")
        << QByteArray("name,notes\nA,ok\nB,\"never closed\nC,x\n")
        << strings({"t.csv, row 3, column \"notes\""})
        << "the double quote that opens this cell is never closed, so the rest of the file was "
           "read into it; add the closing quote";
    QTest::newRow("every problem, not the first")
        << QByteArray("a,b\n1\"x,2\n3,4\"y\n\"5\"z,6\n")
        << strings({"t.csv, row 2, column \"a\"", "t.csv, row 3, column \"b\"",
                    "t.csv, row 4, column \"a\""})
        << "has a double quote inside a cell that does not start with one; enclose the whole "
           "cell in double quotes and double the quote inside it (\"12\"\" pipe\")";
    QTest::newRow("in the header")
        << QByteArray("na\"me,b\n1,2\n") << strings({"t.csv, row 1, column \"na\"me\""})
        << "has a double quote inside a cell that does not start with "
           "one; enclose the whole cell in double quotes and double "
           "the quote inside it (\"12\"\" pipe\")";
}

void TestCsvReader::reportsMalformedQuoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, locations);
    QFETCH(QString, firstMessage);
    const CsvTable table = CsvReader::read(bytes, QStringLiteral("t.csv"));
    QCOMPARE(::locations(table.problems), locations);
    QCOMPARE(table.problems.first().message, firstMessage);
    for (const Problem &problem : table.problems)
        QVERIFY(problem.isError());
}

void TestCsvReader::reportsCellsBeyondTheHeader()
{
    // The classic: a thousands separator in an unquoted amount of a comma-separated file.
    const CsvTable table = CsvReader::read("name,tier,cost\nYouth club,need,1,234.00\nA,b,c,,,\n",
                                           QStringLiteral("services.csv"));
    QCOMPARE(table.problems.size(), 1); // trailing empty cells are harmless
    QCOMPARE(table.problems.first().location, QStringLiteral("services.csv, row 2, column 4"));
    QCOMPARE(table.problems.first().message,
             QStringLiteral("\"234.00\" is beyond the last column: this row has 4 cells but the "
                            "header has 3; a value that contains the delimiter (,) must be "
                            "enclosed in double quotes, e.g. \"1,234.50\""));
}

void TestCsvReader::refusesControlCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("code");
    QTest::newRow("escape in a name")
        << QByteArray("name,tier,cost\nYouth\x1b[31m club,need,100\n")
        << QStringLiteral("services.csv, row 2, column \"name\"") << QStringLiteral("001B");
    QTest::newRow("NUL in a cost")
        << QByteArray("name,tier,cost\nYouth club,need,1") + QByteArray(1, '\0') +
               QByteArray("00\n")
        << QStringLiteral("services.csv, row 2, column \"cost\"") << QStringLiteral("0000");
    QTest::newRow("C1 in UTF-8") << QByteArray("name,tier,cost\nYouth \xc2\x9b club,need,100\n")
                                 << QStringLiteral("services.csv, row 2, column \"name\"")
                                 << QStringLiteral("009B");
    QTest::newRow("DEL in the header")
        << QByteArray("name,ti\x7f"
                      "er,cost\nYouth club,need,100\n")
        << QStringLiteral("services.csv, row 1, column \"ti\uFFFDer\"") << QStringLiteral("007F");
}

// Control characters from an imported file ended up in names and in messages printed to a
// terminal (issue 12): each cell that holds one is refused, saying where and which.
void TestCsvReader::refusesControlCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, location);
    QFETCH(QString, code);
    const CsvTable table = CsvReader::read(bytes, QStringLiteral("services.csv"));
    QCOMPARE(table.problems.size(), 1);
    QCOMPARE(table.problems.first().location, location);
    QCOMPARE(table.problems.first().message,
             QStringLiteral("holds a control character (U+%1) that cannot be seen or printed; "
                            "delete it from the cell and save the file again")
                 .arg(code));
    // Nothing read from the file carries the character on into a later message.
    for (const CsvRecord &record :
         QList<CsvRecord>{CsvRecord{1, 1, table.header}} + table.records) {
        for (const QString &field : record.fields)
            QVERIFY(!field.contains(QChar(code.toUShort(nullptr, 16))));
    }
    // Tabs and line breaks inside quoted cells are text, not control characters.
    QVERIFY(CsvReader::read("name,notes\nA,\"two\nlines\tand a tab\"\n", QStringLiteral("s.csv"))
                .problems.isEmpty());
}

void TestCsvReader::saysPlainlyWhenTextIsUtf16Or32WithoutAMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QStringLiteral("name,tier,cost\nYouth club,need,100\n");
    QByteArray le16, be16, le32;
    for (const QChar c : text) {
        le16 += char(c.unicode()) + QByteArray(1, '\0');
        be16 += QByteArray(1, '\0') + char(c.unicode());
        le32 += char(c.unicode()) + QByteArray(3, '\0');
    }
    QTest::newRow("UTF-16LE") << le16;
    QTest::newRow("UTF-16BE") << be16;
    QTest::newRow("UTF-32LE") << le32;
}

// They were refused with column errors full of NUL bytes.
void TestCsvReader::saysPlainlyWhenTextIsUtf16Or32WithoutAMark()
{
    QFETCH(QByteArray, bytes);
    const CsvTable table = CsvReader::read(bytes, QStringLiteral("services.csv"));
    QCOMPARE(table.problems.size(), 1);
    QCOMPARE(table.problems.first().location, QStringLiteral("services.csv"));
    QVERIFY2(table.problems.first().message.startsWith(
                 QStringLiteral("looks like UTF-16 or UTF-32 text without a byte order mark")),
             qPrintable(table.problems.first().message));
    QVERIFY(table.records.isEmpty());
}

void TestCsvReader::reportsAnEmptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("only a byte order mark") << QByteArray("\xef\xbb\xbf");
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \r\n");
    QTest::newRow("empty cells") << QByteArray(",,,\r\n,,,\r\n");
}

void TestCsvReader::reportsAnEmptyFile()
{
    QFETCH(QByteArray, bytes);
    const CsvTable table = CsvReader::read(bytes, QStringLiteral("resources.csv"));
    QVERIFY(!table.hasHeader());
    QCOMPARE(table.problems.size(), 1);
    QCOMPARE(table.problems.first().toString(),
             QStringLiteral("resources.csv: is empty; it needs a header row naming the columns"));
}

void TestCsvReader::readsExcelWindows1252Export()
{
    const CsvTable table =
        CsvReader::read(fixture("excel-1252-services.csv"), QStringLiteral("services.csv"));
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(table.delimiter, QChar(u','));
    QCOMPARE(table.header.first(), QStringLiteral("Name"));
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(0).fields.at(0), QStringLiteral("Children’s Centres"));
    QCOMPARE(table.records.at(0).fields.at(2), QStringLiteral("£1,234,567.89"));
    QCOMPARE(table.records.at(0).fields.at(5), QStringLiteral("“Hub” model – 3 sites"));
    QCOMPARE(table.records.at(2).fields.at(0), QStringLiteral("Café for Carers"));
    QCOMPARE(table.records.at(2).fields.at(5),
             QStringLiteral("Costs include €200 for the twinning visit"));
    QCOMPARE(table.records.at(2).row, 4);
}

void TestCsvReader::readsUtf8WithByteOrderMark()
{
    const CsvTable table =
        CsvReader::read(fixture("utf8-bom-services.csv"), QStringLiteral("services.csv"));
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.encoding, QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(table.header.first(), QStringLiteral("id")); // no U+FEFF stuck to the first name
    QCOMPARE(table.records.at(1).fields.at(1), QStringLiteral("Warm spaces in Łódź Street"));
}

void TestCsvReader::readsSemicolonAndTabFiles()
{
    const CsvTable semicolons =
        CsvReader::read(fixture("semicolon-services.csv"), QStringLiteral("services.csv"));
    QVERIFY(semicolons.problems.isEmpty());
    QCOMPARE(semicolons.delimiter, QChar(u';'));
    QCOMPARE(semicolons.records.at(0).fields,
             (strings({"Library outreach", "need", "1,234.50", "200"})));
    const CsvTable tabs =
        CsvReader::read(fixture("tab-resources.csv"), QStringLiteral("resources.csv"));
    QVERIFY(tabs.problems.isEmpty());
    QCOMPARE(tabs.delimiter, QChar(u'\t'));
    QCOMPARE(tabs.header.size(), 9);
    QCOMPARE(tabs.records.at(0).fields.at(7), QStringLiteral("£50,000.00"));
}

void TestCsvReader::readsQuotedFixture()
{
    const CsvTable table =
        CsvReader::read(fixture("quoted-services.csv"), QStringLiteral("services.csv"));
    QVERIFY2(table.problems.isEmpty(), qPrintable(table.problems.value(0).toString()));
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(0).fields.at(0), QStringLiteral("Day centre\n(Riverside)"));
    QCOMPARE(table.records.at(0).fields.at(3), QStringLiteral("Families lose \"respite\" care"));
    QCOMPARE(table.records.at(1).fields.at(0), QStringLiteral("Smith, Jones & Partners audit"));
    QCOMPARE(table.records.at(1).row, 3);
    QCOMPARE(table.records.at(1).line, 4);
    QCOMPARE(table.records.at(2).fields.at(3), QStringLiteral("Isolation: \"we'd see no one\""));
}

void TestCsvReader::reportsAFileThatCannotBeOpened()
{
    const CsvTable table = CsvReader::readFile(QStringLiteral(LPS_TEST_DATA_DIR "/no-such.csv"));
    QCOMPARE(table.problems.size(), 1);
    QVERIFY(table.problems.first().location.endsWith(QStringLiteral("no-such.csv")));
    QVERIFY(table.problems.first().message.startsWith(QStringLiteral("cannot be read: ")));
    QCOMPARE(table.fileName, QStringLiteral("no-such.csv"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
