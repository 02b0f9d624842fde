#include "amounts/money.h"
#include "csv/moneyparser.h"

#include <QTest>

using namespace lps;

Q_DECLARE_METATYPE(lps::MoneyParser::Error)

class TestMoneyParser : public QObject
{
    Q_OBJECT

private slots:
    void readsAmounts_data();
    void readsAmounts();
    void refusesWhatCannotBeTakenExactly_data();
    void refusesWhatCannotBeTakenExactly();
    void negativesOnlyWhereAllowed_data();
    void negativesOnlyWhereAllowed();
    void messagesSayWhatToWrite_data();
    void messagesSayWhatToWrite();
    void acceptsThePlansOwnCurrencyOnly();
    void neverGoesThroughFloatingPoint();
};

void TestMoneyParser::readsAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << "1234567.89" << qint64(123456789);
    QTest::newRow("thousands") << "1,234,567.89" << qint64(123456789);
    QTest::newRow("pound sign, no pence") << QStringLiteral("£1,234,567") << qint64(123456700);
    QTest::newRow("pound sign and pence") << QStringLiteral("£1,234.50") << qint64(123450);
    QTest::newRow("one decimal") << "12.5" << qint64(1250);
    QTest::newRow("leading point") << ".99" << qint64(99);
    QTest::newRow("trailing point") << "12." << qint64(1200);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("leading zeros") << "007.05" << qint64(705);
    QTest::newRow("spaces around") << "   42.10\t" << qint64(4210);
    QTest::newRow("excel accounting") << QStringLiteral(" £ 1,234.50 ") << qint64(123450);
    QTest::newRow("excel accounting zero") << QStringLiteral(" £ -   ") << qint64(0);
    QTest::newRow("lone dash") << "-" << qint64(0);
    QTest::newRow("code before") << "GBP 1,000" << qint64(100000);
    QTest::newRow("code after") << "1,000.00 GBP" << qint64(100000);
    QTest::newRow("lowercase code") << "gbp12" << qint64(1200);
    QTest::newRow("no-break space") << QStringLiteral("\u00a3\u00a012.00") << qint64(1200);
    QTest::newRow("top of range") << "1,000,000,000,000.00" << Money::kMaxMinor;
    QTest::newRow("minus zero") << "-0.00" << qint64(0);
    QTest::newRow("bracketed zero") << "(0.00)" << qint64(0);
}

void TestMoneyParser::readsAmounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const MoneyParser::Result result = MoneyParser().parse(text);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.minor, minor);
    QVERIFY(result.message.isEmpty());
}

void TestMoneyParser::refusesWhatCannotBeTakenExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MoneyParser::Error>("error");
    QTest::newRow("empty") << "" << MoneyParser::Error::Empty;
    QTest::newRow("blank") << "   " << MoneyParser::Error::Empty;
    QTest::newRow("three decimals") << "12.345" << MoneyParser::Error::TooManyDecimals;
    // "1.000" is one thousand in a European export: zeros are no excuse.
    QTest::newRow("three zero decimals") << "1.000" << MoneyParser::Error::TooManyDecimals;
    QTest::newRow("group of two") << "1,23.00" << MoneyParser::Error::MisplacedSeparator;
    QTest::newRow("group of four") << "1,2345" << MoneyParser::Error::MisplacedSeparator;
    QTest::newRow("leading comma") << ",123" << MoneyParser::Error::MisplacedSeparator;
    QTest::newRow("comma in pence") << "12.3,4" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("decimal comma") << "1234,56" << MoneyParser::Error::DecimalComma;
    QTest::newRow("european") << "1.234,56" << MoneyParser::Error::DecimalComma;
    QTest::newRow("words") << "tbc" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("pound sign alone") << QStringLiteral("£") << MoneyParser::Error::NotAnAmount;
    QTest::newRow("empty brackets") << "()" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("two points") << "1.2.3" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("percent") << "5%" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("space inside") << "1 234" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("two minus signs") << "--5" << MoneyParser::Error::NotAnAmount;
    QTest::newRow("scientific") << "1.23457E+11" << MoneyParser::Error::ScientificNotation;
    QTest::newRow("over the limit") << "1,000,000,000,000.01" << MoneyParser::Error::TooLarge;
    QTest::newRow("far over the limit")
        << "99999999999999999999999" << MoneyParser::Error::TooLarge;
    QTest::newRow("dollars") << "$100" << MoneyParser::Error::OtherCurrency;
    QTest::newRow("euros") << QStringLiteral("100 €") << MoneyParser::Error::OtherCurrency;
    QTest::newRow("negative") << "-5" << MoneyParser::Error::Negative;
    QTest::newRow("bracketed") << "(1,234.50)" << MoneyParser::Error::Negative;
}

void TestMoneyParser::refusesWhatCannotBeTakenExactly()
{
    QFETCH(QString, text);
    QFETCH(MoneyParser::Error, error);
    const MoneyParser::Result result = MoneyParser().parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QCOMPARE(result.minor, qint64(0));
    QVERIFY(!result.message.isEmpty());
}

void TestMoneyParser::negativesOnlyWhereAllowed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("minus") << "-1,234.50" << qint64(-123450);
    QTest::newRow("brackets") << "(1,234.50)" << qint64(-123450);
    QTest::newRow("brackets and pound") << QStringLiteral("(£1,234.50)") << qint64(-123450);
    QTest::newRow("pound then brackets") << QStringLiteral("£(1,234.50)") << qint64(-123450);
    QTest::newRow("minus after pound") << QStringLiteral("£-12") << qint64(-1200);
    QTest::newRow("minus before pound") << QStringLiteral("-£12") << qint64(-1200);
    QTest::newRow("unicode minus") << QStringLiteral("\u221212.00") << qint64(-1200);
    QTest::newRow("positive") << "12" << qint64(1200);
}

void TestMoneyParser::negativesOnlyWhereAllowed()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const MoneyParser parser;
    const MoneyParser::Result allowed = parser.parse(text, MoneyParser::Sign::AllowNegative);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message));
    QCOMPARE(allowed.minor, minor);
    const MoneyParser::Result refused = parser.parse(text, MoneyParser::Sign::NonNegative);
    QCOMPARE(refused.ok(), minor >= 0);
    if (minor < 0)
        QCOMPARE(refused.error, MoneyParser::Error::Negative);
}

void TestMoneyParser::messagesSayWhatToWrite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("decimals, with the rounded amount as a hint")
        << "12.345"
        << "\"12.345\" has more than two decimals; amounts are in pounds with at most two "
           "decimals (12.35)";
    QTest::newRow("decimals, rounding half away from zero")
        << "1,234.565"
        << "\"1,234.565\" has more than two decimals; amounts are in pounds with at most two "
           "decimals (1,234.57)";
    QTest::newRow("decimals, rounding down")
        << "0.994"
        << "\"0.994\" has more than two decimals; amounts are in pounds with at most two "
           "decimals (0.99)";
    QTest::newRow("separator") << "1,23.00"
                               << "\"1,23.00\" has a misplaced thousands separator; commas must "
                                  "separate groups of three digits (1,234,567.89)";
    QTest::newRow("decimal comma") << "1.234,56"
                                   << "\"1.234,56\" uses a comma as the decimal separator; "
                                      "amounts are written with a decimal point (1234.56)";
    QTest::newRow("other currency") << "$100"
                                    << "\"$100\" is in another currency ($); this plan is in "
                                       "GBP, so write the amount in pounds";
    QTest::newRow("not an amount") << "n/a"
                                   << QStringLiteral("\"n/a\" is not an amount of money; write "
                                                     "pounds such as 1234.50, 1,234.50 or "
                                                     "£1,234.50");
    QTest::newRow("too large") << "2000000000000"
                               << "\"2000000000000\" is more than 1,000,000,000,000.00, the "
                                  "largest amount a plan can hold";
    QTest::newRow("negative") << "(5.00)"
                              << "\"(5.00)\" is negative; an amount here cannot be "
                                 "below zero";
}

void TestMoneyParser::messagesSayWhatToWrite()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(MoneyParser().parse(text).message, message);
}

void TestMoneyParser::acceptsThePlansOwnCurrencyOnly()
{
    const MoneyParser euros(QStringLiteral("EUR"));
    QCOMPARE(euros.parse(QStringLiteral("€1.234,00")).error, MoneyParser::Error::DecimalComma);
    QCOMPARE(euros.parse(QStringLiteral("€1,234.00")).minor, qint64(123400));
    QCOMPARE(euros.parse(QStringLiteral("EUR 5")).minor, qint64(500));
    QCOMPARE(euros.parse(QStringLiteral("£5")).error, MoneyParser::Error::OtherCurrency);
    QCOMPARE(euros.unitName(), QStringLiteral("euros"));
    const MoneyParser francs(QStringLiteral("CHF"));
    QCOMPARE(francs.parse(QStringLiteral("CHF 12.50")).minor, qint64(1250));
    QCOMPARE(francs.unitName(), QStringLiteral("CHF"));
}

void TestMoneyParser::neverGoesThroughFloatingPoint()
{
    // Above 2^53 a double cannot hold every penny; 999,999,999,999.99 needs 17 digits.
    QCOMPARE(MoneyParser().parse(QStringLiteral("999,999,999,999.99")).minor,
             qint64(99'999'999'999'999));
    QCOMPARE(MoneyParser().parse(QStringLiteral("0.29")).minor, qint64(29)); // 0.29*100 = 28.999...
    QCOMPARE(MoneyParser().parse(QStringLiteral("1.15")).minor, qint64(115));
}

QTEST_GUILESS_MAIN(TestMoneyParser)
#include "tst_moneyparser.moc"
