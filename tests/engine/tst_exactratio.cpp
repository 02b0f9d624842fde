#include "amounts/exactratio.h"

#include <QTest>

#include <cmath>

using namespace lps;

class TestExactRatio : public QObject
{
    Q_OBJECT

private slots:
    void products_data();
    void products();
    void agreesWithLongArithmeticOnManyValues();
};

void TestExactRatio::products_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("floor");
    QTest::addColumn<qint64>("ceil");
    QTest::newRow("60% of 123457") << 0.6 << qint64(123457) << qint64(74074) << qint64(74075);
    // 0.1 is slightly above a tenth as a double: x10 is just over 1.
    QTest::newRow("0.1 x 10") << 0.1 << qint64(10) << qint64(1) << qint64(2);
    QTest::newRow("half, even") << 0.5 << qint64(10) << qint64(5) << qint64(5);
    QTest::newRow("half, odd") << 0.5 << qint64(11) << qint64(5) << qint64(6);
    QTest::newRow("zero ratio") << 0.0 << qint64(500) << qint64(0) << qint64(0);
    QTest::newRow("zero amount") << 0.7 << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("whole ratio") << 3.0 << qint64(7) << qint64(21) << qint64(21);
    // 0.85 is 0.8499999999999999778 as a double: exactly, the product is a hair below.
    QTest::newRow("large") << 0.85 << qint64(100'000'000'000'000LL) << qint64(84'999'999'999'999LL)
                           << qint64(85'000'000'000'000LL);
    QTest::newRow("tiny ratio") << 1e-30 << qint64(1'000'000) << qint64(0) << qint64(1);
    QTest::newRow("saturates") << 1e10 << qint64(1'000'000'000'000LL) << (qint64(1) << 62)
                               << (qint64(1) << 62);
}

void TestExactRatio::products()
{
    QFETCH(double, ratio);
    QFETCH(qint64, amount);
    QFETCH(qint64, floor);
    QFETCH(qint64, ceil);
    QCOMPARE(ExactRatio::floorTimes(ratio, amount), floor);
    QCOMPARE(ExactRatio::ceilTimes(ratio, amount), ceil);
}

void TestExactRatio::agreesWithLongArithmeticOnManyValues()
{
    // Where long double is exact (products below 2^63 with short mantissas) the answers agree.
    for (int numerator = 0; numerator <= 1000; numerator += 7) {
        const double ratio = numerator / 1024.0; // exact in binary
        for (qint64 amount :
             {qint64(1), qint64(999), qint64(123456789), qint64(5'000'000'000'000LL)}) {
            const long double exact = static_cast<long double>(ratio) * amount;
            QCOMPARE(ExactRatio::floorTimes(ratio, amount), qint64(std::floor(exact)));
            QCOMPARE(ExactRatio::ceilTimes(ratio, amount), qint64(std::ceil(exact)));
        }
    }
}

QTEST_GUILESS_MAIN(TestExactRatio)
#include "tst_exactratio.moc"
