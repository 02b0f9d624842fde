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
    QTest::newRow("tiny") << 1e-7 << QByteArray("1e-07");
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
    const double values[] = {0.1, 2.0 / 3.0, 1e-300, 123456.789e10, 0.030000000000000002, -7.25};
    for (const double value : values) {
        const QByteArray text = "{\"v\":" + CanonicalJsonWriter::number(value) + "}";
        const double back = QJsonDocument::fromJson(text).object().value(QStringLiteral("v")).toDouble();
        QCOMPARE(back, value);
    }
}

void TestCanonicalJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("Libraries") << QByteArray("\"Libraries\"");
    QTest::newRow("quote and backslash") << QStringLiteral("a \"b\" \\c") << QByteArray("\"a \\\"b\\\" \\\\c\"");
    QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc\r") << QByteArray("\"a\\nb\\tc\\r\"");
    QTest::newRow("control") << QString(QChar(0x01)) << QByteArray("\"\\u0001\"");
    QTest::newRow("utf-8 kept") << QStringLiteral("£ café €") << QByteArray("\"\xc2\xa3 caf\xc3\xa9 \xe2\x82\xac\"");
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
    QCOMPARE(out.finish(), QByteArray("{\n  \"b\": 1,\n  \"a\": [\n    \"x\",\n    {},\n    []\n  ],\n  \"c\": true\n}\n"));
}

QTEST_GUILESS_MAIN(TestCanonicalJsonWriter)
#include "tst_canonicaljsonwriter.moc"
