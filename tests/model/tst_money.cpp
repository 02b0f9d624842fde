#include "amounts/money.h"
#include "amounts/yearlyamounts.h"

#include <QTest>

using namespace lps;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void formatted_data();
    void formatted();
    void scaledRoundsHalfAwayFromZero_data();
    void scaledRoundsHalfAwayFromZero();
    void growthIsComputedFromTheBaseEveryYear();
    void arithmeticIsExactAtTheTopOfTheRange();
    void chartsNameTheCurrency_data();
    void chartsNameTheCurrency();
};

// Axes say "£ million", "€ million" or "CHF million": the plan's own currency, never a fixed £.
void TestMoney::chartsNameTheCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("pounds") << "GBP"
                            << "£";
    QTest::newRow("euros") << "EUR"
                           << "€";
    QTest::newRow("dollars") << "USD"
                             << "$";
    QTest::newRow("francs") << "CHF"
                            << "CHF";
}

void TestMoney::chartsNameTheCurrency()
{
    QFETCH(QString, currency);
    QFETCH(QString, symbol);
    QCOMPARE(Money::symbol(currency), symbol);
}

void TestMoney::formatted_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << "GBP" << QStringLiteral("£0.00");
    QTest::newRow("pence") << qint64(7) << "GBP" << QStringLiteral("£0.07");
    QTest::newRow("thousands") << qint64(123456) << "GBP" << QStringLiteral("£1,234.56");
    QTest::newRow("millions") << qint64(123456789012) << "GBP"
                              << QStringLiteral("£1,234,567,890.12");
    QTest::newRow("negative") << qint64(-123450) << "GBP" << QStringLiteral("-£1,234.50");
    QTest::newRow("euro") << qint64(310) << "EUR" << QStringLiteral("€3.10");
    QTest::newRow("other") << qint64(100000) << "CHF" << QStringLiteral("CHF 1,000.00");
    QTest::newRow("top of range") << Money::kMaxMinor << "GBP"
                                  << QStringLiteral("£1,000,000,000,000.00");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << "GBP"
                               << QStringLiteral("-£92,233,720,368,547,758.08");
}

void TestMoney::formatted()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromMinor(minor).formatted(currency), expected);
}

void TestMoney::scaledRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("half up") << qint64(5) << 0.5 << qint64(3);
    QTest::newRow("half down negative") << qint64(-5) << 0.5 << qint64(-3);
    QTest::newRow("below half") << qint64(10) << 0.14 << qint64(1);
    QTest::newRow("30% cut") << qint64(123456789) << 0.7 << qint64(86419752);
    QTest::newRow("zero factor") << qint64(999) << 0.0 << qint64(0);
    QTest::newRow("large exact") << Money::kMaxMinor << 1.5 << qint64(150'000'000'000'000LL);
}

void TestMoney::scaledRoundsHalfAwayFromZero()
{
    QFETCH(qint64, minor);
    QFETCH(double, factor);
    QFETCH(qint64, expected);
    QCOMPARE(Money::fromMinor(minor).scaled(factor), Money::fromMinor(expected));
}

void TestMoney::growthIsComputedFromTheBaseEveryYear()
{
    // 1000 * 1.005^y: compounding the rounded value would drift from the exact formula.
    const YearlyAmounts amounts = YearlyAmounts::single(1000);
    QCOMPARE(amounts.valueAt(0, 0.005), qint64(1000));
    QCOMPARE(amounts.valueAt(1, 0.005), qint64(1005));
    QCOMPARE(amounts.valueAt(2, 0.005), qint64(1010));             // 1010.025
    QCOMPARE(amounts.valueAt(9, 0.005), qint64(1046));             // 1045.91
    QCOMPARE(YearlyAmounts::single(3).valueAt(1, 0.5), qint64(5)); // 4.5 rounds away from zero
    QCOMPARE(YearlyAmounts::single(100).valueAt(3, -1.0), qint64(0));
    const YearlyAmounts listed = YearlyAmounts::perYear({10, 20});
    QCOMPARE(listed.valueAt(1, 0.5), qint64(20)); // the rate applies to single amounts only
    QCOMPARE(listed.valueAt(2, 0.0), qint64(0));
}

void TestMoney::arithmeticIsExactAtTheTopOfTheRange()
{
    // 10^14 + 1 is not exact in a float; it must be in Money.
    const Money big = Money::fromMinor(Money::kMaxMinor);
    QCOMPARE((big + Money::fromMinor(1)).minor(), Money::kMaxMinor + 1);
    QCOMPARE((big - Money::fromMinor(1)).minor(), Money::kMaxMinor - 1);
    QVERIFY(Money::fromMinor(1) > Money());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
