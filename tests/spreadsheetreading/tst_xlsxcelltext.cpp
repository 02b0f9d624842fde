// How a workbook's stored values read as text: numbers as Excel's General format shows them to
// 15 significant digits, the _xHHHH_ escapes of strings, and cell references within Excel's
// limits.
#include "spreadsheetreading/xlsxcelltext.h"

#include <QTest>

#include <limits>

using namespace lps;

class TestXlsxCellText : public QObject
{
    Q_OBJECT

private slots:
    void general_data();
    void general();
    void number_data();
    void number();
    void unescaped_data();
    void unescaped();
    void reference_data();
    void reference();
    void columnName_data();
    void columnName();
};

void TestXlsxCellText::general_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 1250000.0 << QStringLiteral("1250000");
    QTest::newRow("pennies") << 1234.5 << QStringLiteral("1234.5");
    QTest::newRow("negative") << -1234.56 << QStringLiteral("-1234.56");
    // What formulas leave in doubles, and Excel shows rounded to 15 digits.
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << QStringLiteral("0.3");
    QTest::newRow("100 * 1.1") << 100 * 1.1 << QStringLiteral("110");
    QTest::newRow("1.1 * 1.1") << 1.1 * 1.1 << QStringLiteral("1.21");
    QTest::newRow("just below a penny") << 1234.4999999999998 << QStringLiteral("1234.5");
    // A third decimal is really there: kept, so that the money rule refuses it.
    QTest::newRow("three decimals") << 1234.567 << QStringLiteral("1234.567");
    QTest::newRow("share") << 0.6 << QStringLiteral("0.6");
    QTest::newRow("small rate") << -0.05 << QStringLiteral("-0.05");
    QTest::newRow("fifteen digits") << 123456789012.345 << QStringLiteral("123456789012.345");
    QTest::newRow("sixteenth digit rounds")
        << 1234567890123456.0 << QStringLiteral("1234567890123460");
    QTest::newRow("carry") << 9.9999999999999995 << QStringLiteral("10");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("1E-07 in full") << 1e-7 << QStringLiteral("0.0000001");
    QTest::newRow("below 1E-07") << 1.5e-8 << QStringLiteral("1.5E-08");
    QTest::newRow("below 1E+21") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("1E+21") << 1e21 << QStringLiteral("1E+21");
    QTest::newRow("huge negative") << -1.23456789e300 << QStringLiteral("-1.23456789E+300");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QString();
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QString();
}

void TestXlsxCellText::general()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(XlsxCellText::general(value), text);
}

void TestXlsxCellText::number_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isNumber");
    QTest::newRow("as Excel stores it")
        << QStringLiteral("110.00000000000001") << QStringLiteral("110") << true;
    QTest::newRow("exponent") << QStringLiteral("1.2345E+3") << QStringLiteral("1234.5") << true;
    QTest::newRow("spaces") << QStringLiteral(" 42 ") << QStringLiteral("42") << true;
    QTest::newRow("not a number") << QStringLiteral("12abc") << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("infinity") << QStringLiteral("inf") << QString() << false;
}

void TestXlsxCellText::number()
{
    QFETCH(QString, stored);
    QFETCH(QString, text);
    QFETCH(bool, isNumber);
    const std::optional<QString> read = XlsxCellText::number(stored);
    QCOMPARE(read.has_value(), isNumber);
    QCOMPARE(read.value_or(QString()), text);
}

void TestXlsxCellText::unescaped_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Meals on wheels")
                           << QStringLiteral("Meals on wheels");
    QTest::newRow("carriage return")
        << QStringLiteral("line_x000D_\nnext") << QStringLiteral("line\r\nnext");
    QTest::newRow("bell") << QStringLiteral("a_x0007_b") << QStringLiteral("a\u0007b");
    QTest::newRow("escaped underscore")
        << QStringLiteral("_x005F_x000D_") << QStringLiteral("_x000D_");
    QTest::newRow("lower-case hex") << QStringLiteral("_x00e9_") << QStringLiteral("é");
    QTest::newRow("not four digits") << QStringLiteral("_x00D_") << QStringLiteral("_x00D_");
    QTest::newRow("not hex") << QStringLiteral("_x00G0_") << QStringLiteral("_x00G0_");
    QTest::newRow("at the end") << QStringLiteral("ab_x004") << QStringLiteral("ab_x004");
    QTest::newRow("snake_case") << QStringLiteral("x_y_z") << QStringLiteral("x_y_z");
}

void TestXlsxCellText::unescaped()
{
    QFETCH(QString, stored);
    QFETCH(QString, text);
    QCOMPARE(XlsxCellText::unescaped(stored), text);
}

void TestXlsxCellText::reference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 1 << 1;
    QTest::newRow("AB12") << QStringLiteral("AB12") << 12 << 28;
    QTest::newRow("lower case") << QStringLiteral("ab12") << 12 << 28;
    QTest::newRow("Z9") << QStringLiteral("Z9") << 9 << 26;
    QTest::newRow("AA1") << QStringLiteral("AA1") << 1 << 27;
    QTest::newRow("last cell") << QStringLiteral("XFD1048576") << 1048576 << 16384;
    QTest::newRow("past the last column") << QStringLiteral("XFE1") << 0 << 0;
    QTest::newRow("past the last row") << QStringLiteral("A1048577") << 0 << 0;
    QTest::newRow("four letters") << QStringLiteral("AAAA1") << 0 << 0;
    QTest::newRow("row 0") << QStringLiteral("A0") << 0 << 0;
    QTest::newRow("no row") << QStringLiteral("AB") << 0 << 0;
    QTest::newRow("no column") << QStringLiteral("12") << 0 << 0;
    QTest::newRow("digits first") << QStringLiteral("1A") << 0 << 0;
    QTest::newRow("absolute") << QStringLiteral("$A$1") << 0 << 0;
    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("huge row") << QStringLiteral("A99999999999999999999") << 0 << 0;
}

void TestXlsxCellText::reference()
{
    QFETCH(QString, text);
    QFETCH(int, row);
    QFETCH(int, column);
    const auto place = XlsxCellText::reference(text);
    QCOMPARE(place.has_value(), row > 0);
    if (place)
        QCOMPARE(*place, (XlsxCellText::Reference{row, column}));
}

void TestXlsxCellText::columnName_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");
    QTest::newRow("A") << 1 << QStringLiteral("A");
    QTest::newRow("Z") << 26 << QStringLiteral("Z");
    QTest::newRow("AA") << 27 << QStringLiteral("AA");
    QTest::newRow("AZ") << 52 << QStringLiteral("AZ");
    QTest::newRow("XFD") << 16384 << QStringLiteral("XFD");
}

void TestXlsxCellText::columnName()
{
    QFETCH(int, column);
    QFETCH(QString, name);
    QCOMPARE(XlsxCellText::columnName(column), name);
    QCOMPARE(XlsxCellText::reference(name + QStringLiteral("1"))->column, column);
}

QTEST_GUILESS_MAIN(TestXlsxCellText)
#include "tst_xlsxcelltext.moc"
