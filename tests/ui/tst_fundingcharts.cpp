#include "charts/fundingcharts.h"
#include "charts/yearschart.h"
#include "demo/demoplan.h"
#include "documents/plandocument.h"
#include "editing/planedits.h"
#include "window/planwindow.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace lps;

namespace {

// The bar at a key (a tier or a year, counted from 1), or none: a zero amount draws no bar.
std::optional<double> valueAt(const QCPBars *bars, int key)
{
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        if (qRound(it->key) == key)
            return it->value;
    return std::nullopt;
}

// A bar of `amount` in millions, or none for a zero amount.
bool drawsAsBar(const std::optional<double> &bar, Money amount)
{
    if (amount.minor() == 0 || !bar)
        return amount.minor() == 0 && !bar;
    return qFuzzyCompare(*bar, double(amount.minor()) / 1e8);
}

} // namespace

/// The charts show the engine's figures and nothing else: every bar, every tooltip and the table
/// beside them, for what is on screen; nothing stale while a new allocation is worked out.
class TestFundingCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void barsTooltipsAndTableHoldTheEnginesFigures();
    void theLastAnswerStaysMarkedWhileAllocating();
    void theYearsChartHoldsEveryYearsGap();
    void theYearsChartFollowsAnEdit();
};

void TestFundingCharts::barsTooltipsAndTableHoldTheEnginesFigures()
{
    const Evaluation evaluation =
        Evaluation::of(DemoPlan::plan(), QStringLiteral("provider-failure"), {2});
    const YearResult &year = evaluation.years.first();
    FundingCharts charts;
    QVERIFY(!charts.whoPays()->legend->visible()); // no empty legend before the first answer
    charts.setEvaluation(evaluation);
    QVERIFY(charts.whoPays()->legend->visible());
    QCOMPARE(charts.whoPays()->plottableCount(), 4);
    int zeroes = 0;
    for (int p = 0; p < 4; ++p) {
        auto *bars = qobject_cast<QCPBars *>(charts.whoPays()->plottable(p));
        QVERIFY(bars);
        for (const Tier tier : kAllTiers) {
            const Money amount = year.sectors[size_t(kAllSectors[p])][size_t(tier)];
            QVERIFY(drawsAsBar(valueAt(bars, int(tier) + 1), amount));
            zeroes += amount.minor() == 0 ? 1 : 0;
            QVERIFY2(FundingCharts::tooltip(bars, int(tier))
                         .endsWith(amount.formatted(QStringLiteral("GBP"))),
                     qPrintable(FundingCharts::tooltip(bars, int(tier))));
        }
    }
    QVERIFY(zeroes > 0); // so the check of "nothing drawn" proves something
    QCOMPARE(charts.coverage()->plottableCount(), 2);
    auto *gap = qobject_cast<QCPBars *>(charts.coverage()->plottable(1));
    QCOMPARE(gap->name(), QStringLiteral("Gap"));
    for (const Tier tier : kAllTiers)
        QVERIFY(drawsAsBar(valueAt(gap, int(tier) + 1), year.tiers[size_t(tier)].gap));
    // The table: a column per tier; a row per sector, then funded, gap and cost, to the penny.
    QStandardItemModel *table = charts.figures();
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->columnCount(), 4);
    for (const Tier tier : kAllTiers) {
        const int column = 1 + int(tier);
        QCOMPARE(table->horizontalHeaderItem(column)->text(), tierTitle(tier));
        for (const Sector sector : kAllSectors)
            QCOMPARE(table->item(int(sector), column)->text(),
                     year.sectors[size_t(sector)][size_t(tier)].formatted(QStringLiteral("GBP")));
        QCOMPARE(table->item(4, column)->text(),
                 year.tiers[size_t(tier)].funded.formatted(QStringLiteral("GBP")));
        QCOMPARE(table->item(5, column)->text(),
                 year.tiers[size_t(tier)].gap.formatted(QStringLiteral("GBP")));
        QCOMPARE(table->item(6, column)->text(),
                 year.tiers[size_t(tier)].cost.formatted(QStringLiteral("GBP")));
    }
}

void TestFundingCharts::theLastAnswerStaysMarkedWhileAllocating()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    QCOMPARE(window.charts()->figures()->rowCount(), 7);
    window.showTab(QStringLiteral("charts"));
    auto *years = window.findChild<QComboBox *>(QStringLiteral("yearBox"));
    const int plotted = window.charts()->whoPays()->plottableCount();
    years->setCurrentIndex(4);
    // Never a blank in front of the room: the last answer stays, marked as updating.
    QCOMPARE(window.charts()->figures()->rowCount(), 7);
    QCOMPARE(window.charts()->whoPays()->plottableCount(), plotted);
    QVERIFY2(window.charts()->answerNote().startsWith(QStringLiteral("Updating")),
             qPrintable(window.charts()->answerNote()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating(), 30000);
    QCOMPARE(window.charts()->answerNote(), QString()); // a settled, proven optimum
    const Evaluation direct = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"), {4});
    QCOMPARE(window.charts()->figures()->item(5, 3)->text(),
             direct.years.first().tiers[2].gap.formatted(QStringLiteral("GBP")));
}

void TestFundingCharts::theYearsChartHoldsEveryYearsGap()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isAllocatingYears(), 30000);
    const Evaluation direct = Evaluation::of(DemoPlan::plan(), QStringLiteral("baseline"));
    QStandardItemModel *table = window.yearsChart()->figures();
    QCOMPARE(table->rowCount(), 5);
    QCPBars *need = nullptr;
    for (int i = 0; i < window.yearsChart()->plot()->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(window.yearsChart()->plot()->plottable(i));
        if (bars && bars->name() == tierTitle(Tier::Need))
            need = bars;
    }
    QVERIFY(need);
    for (int y = 0; y < 5; ++y) {
        const YearResult &year = direct.years.at(y);
        QCOMPARE(table->item(y, 0)->text(), direct.yearLabel(year.calendarYear));
        for (const Tier tier : kAllTiers)
            QCOMPARE(table->item(y, 1 + int(tier))->text(),
                     year.tiers[size_t(tier)].gap.formatted(QStringLiteral("GBP")));
        const QString tip = YearsChart::tooltip(need, y);
        QVERIFY2(tip.contains(year.tiers[1].gap.formatted(QStringLiteral("GBP"))) &&
                     tip.contains(direct.yearLabel(year.calendarYear)),
                 qPrintable(tip));
        // A year without a need gap has no bar at all.
        QVERIFY(drawsAsBar(valueAt(need, y + 1), year.tiers[1].gap));
    }
}

void TestFundingCharts::theYearsChartFollowsAnEdit()
{
    PlanWindow window;
    window.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isAllocatingYears(), 30000);
    // A new unrestricted resource closes every gap; until the answer comes, the old one stays.
    Resource windfall;
    windfall.name = QStringLiteral("Windfall");
    windfall.amount = YearlyAmounts::single(100'000'000'00);
    QVERIFY(window.document()->apply(PlanEdits::addResource(window.plan(), windfall)).isEmpty());
    QCOMPARE(window.yearsChart()->figures()->rowCount(), 5);
    QVERIFY2(window.yearsChart()->answerNote().startsWith(QStringLiteral("Updating")),
             qPrintable(window.yearsChart()->answerNote()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isAllocatingYears(), 30000);
    QStandardItemModel *table = window.yearsChart()->figures();
    QCOMPARE(table->rowCount(), 5);
    for (int y = 0; y < 5; ++y)
        QCOMPARE(table->item(y, 4)->text(), QStringLiteral("£0.00"));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestFundingCharts)
#include "tst_fundingcharts.moc"
