#include "json/canonicaljsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lps;

class TestCanonicalJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void numbersReadBackExactly();
    void strings_data();
    void strings();
    void layout();
};

void TestCanonicalJsonWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("factor") << 0.7 << QByteArray("0.7");
    QTest::newRow("negative trend") << -0.05 << QByteArray("-0.05");
    QTest::newRow("whole") << 1000.0 << QByteArray("1000");
    QTest::newRow("one") << 1.0 << QByteArray("1");
    QTest::newRow("small fixed") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("smallest fixed") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("tiny") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("tiny with digits") << -1.25e-7 << QByteArray("-1.25e-7");
    QTest::newRow("large fixed") << 1e20 << QByteArray("100000000000000000000");
    QTest::newRow("huge") << 1e21 << QByteArray("1e+21");
    QTest::newRow("fraction") << 123.456 << QByteArray("123.456");
    QTest::newRow("below one") << 0.03 << QByteArray("0.03");
    QTest::newRow("float noise kept") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
}

void TestCanonicalJsonWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJsonWriter::number(value), expected);
}

void TestCanonicalJsonWriter::numbersReadBackExactly()
{
    // Shortest form must still be exact: every bit of the double survives a trip through text.
    const double values[] = {0.1,
                             2.0 / 3.0,
                             1e-300,
                             123456.789e10,
                             0.030000000000000002,
                             -7.25,
                             5e-324,
                             1.7976931348623157e308,
                             0.000123456789,
                             1e-6,
                             9.999999999999999e20};
    for (const double value : values) {
        const QByteArray text = "{\"v\":" + CanonicalJsonWriter::number(value) + "}";
        const double back =
            QJsonDocument::fromJson(text).object().value(QStringLiteral("v")).toDouble();
        QCOMPARE(back, value);
    }
}

void TestCanonicalJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("Libraries") << QByteArray("\"Libraries\"");
    QTest::newRow("quote and backslash")
        << QStringLiteral("a \"b\" \\c") << QByteArray("\"a \\\"b\\\" \\\\c\"");
    QTest::newRow("newline and tab")
        << QStringLiteral("a\nb\tc\r") << QByteArray("\"a\\nb\\tc\\r\"");
    QTest::newRow("control") << QString(QChar(0x01)) << QByteArray("\"\\u0001\"");
    QTest::newRow("byte-order mark escaped")
        << QStringLiteral("\ufeffPlan") << QByteArray("\"\\ufeffPlan\"");
    QTest::newRow("utf-8 kept") << QStringLiteral("£ café €")
                                << QByteArray("\"\xc2\xa3 caf\xc3\xa9 \xe2\x82\xac\"");
}

void TestCanonicalJsonWriter::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalJsonWriter::quoted(text), expected);
}

void TestCanonicalJsonWriter::layout()
{
    CanonicalJsonWriter out;
    out.beginObject();
    out.key(QStringLiteral("b"));
    out.value(1);
    out.key(QStringLiteral("a"));
    out.beginArray();
    out.value(QStringLiteral("x"));
    out.beginObject();
    out.endObject();
    out.beginArray();
    out.endArray();
    out.endArray();
    out.key(QStringLiteral("c"));
    out.value(true);
    out.endObject();
    QCOMPARE(
        out.finish(),
        QByteArray(
            "{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    {},\n    []\n  ],\n  \"c\": true\n}\n"));
}

QTEST_GUILESS_MAIN(TestCanonicalJsonWriter)
#include "tst_canonicaljsonwriter.moc"
