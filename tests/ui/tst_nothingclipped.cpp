// Nothing a finance officer must read is cut off, on a 1366x768 laptop or a 1920x1080 projector,
// with a county's amounts: every figures table beside a chart shows all its columns, and every
// amount column is as wide as its widest amount.
#include "benchmarkplans.h"
#include "compare/compareview.h"
#include "window/planwindow.h"

#include <QHeaderView>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace lps;
using lps::bench::BenchmarkPlans;

namespace {

// Columns of amounts (the first row's cell is one), each at least as wide as its widest. Text
// that mentions money (who pays) is elided with the whole on hover instead.
QStringList narrowAmountColumns(QTableView *table)
{
    QStringList narrow;
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        static const QRegularExpression amount(QStringLiteral("^(gains )?-?£[0-9,]+\\.[0-9]{2}$"));
        if (table->isColumnHidden(column) || model->rowCount() == 0 ||
            !amount.match(model->index(0, column).data().toString()).hasMatch())
            continue;
        // The widest amount and the delegate's text margins either side.
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
        int needed = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            needed = qMax(needed, table->fontMetrics().horizontalAdvance(
                                      model->index(row, column).data().toString()) +
                                      2 * margin);
        if (table->columnWidth(column) < needed)
            narrow << QStringLiteral("%1: column \"%2\" is %3 px, needs %4")
                          .arg(table->accessibleName(),
                               model->headerData(column, Qt::Horizontal).toString())
                          .arg(table->columnWidth(column))
                          .arg(needed);
    }
    return narrow;
}

} // namespace

class TestNothingClipped : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFigureShowsWhole_data();
    void everyFigureShowsWhole();
};

void TestNothingClipped::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestNothingClipped::everyFigureShowsWhole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("tab");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
        for (const char *tab : {"charts", "years", "risks", "compare", "services", "resources"})
            QTest::addRow("%s at %dx%d", tab, size.width(), size.height())
                << size << QString::fromLatin1(tab);
}

void TestNothingClipped::everyFigureShowsWhole()
{
    QFETCH(QSize, size);
    QFETCH(QString, tab);
    PlanWindow window;
    // A county: amounts in the hundreds of millions, long names, a scenario that cuts.
    Plan county = BenchmarkPlans::generate(BenchmarkPlans::countySize(), 2026);
    county.scenarios << BenchmarkPlans::roomTest();
    window.showPlan(county, QString());
    window.showScenario(BenchmarkPlans::roomTest().id);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTab(tab);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isAllocating() && !window.isAllocatingYears() &&
                                 !window.isWorkingOutRisks() && !window.isComparing(),
                             120000);
    QWidget *page = window.findChild<QTabWidget *>()->currentWidget();
    // The compare tab's own tabs, each in turn.
    QList<QTabWidget *> inner = page->findChildren<QTabWidget *>();
    const int pages = inner.isEmpty() ? 1 : inner.first()->count();
    QStringList problems;
    int tables = 0;
    for (int p = 0; p < pages; ++p) {
        if (!inner.isEmpty())
            inner.first()->setCurrentIndex(p);
        QCoreApplication::processEvents();
        for (QTableView *table : page->findChildren<QTableView *>()) {
            if (!table->isVisible() || table->model()->rowCount() == 0)
                continue;
            ++tables;
            problems << narrowAmountColumns(table);
            // A table beside a chart shows every column: no sideways scrolling to find a figure.
            const bool lists =
                tab == QLatin1String("services") || tab == QLatin1String("resources");
            if (!lists && table->horizontalHeader()->length() > table->viewport()->width())
                problems << QStringLiteral("%1: %2 px of columns in %3 px")
                                .arg(table->accessibleName())
                                .arg(table->horizontalHeader()->length())
                                .arg(table->viewport()->width());
        }
    }
    QVERIFY(tables > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestNothingClipped)
#include "tst_nothingclipped.moc"
