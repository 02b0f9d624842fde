#include "yearschart.h"

#include "chartexport.h"

#include "answers/answernote.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "style/palette.h"
#include "style/tablefit.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace lps {

YearsChart::YearsChart(QWidget *parent)
    : QWidget(parent)
    , m_status(new AnswerNote(this))
    , m_plot(new QCustomPlot(this))
    , m_figures(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    m_plot->setAccessibleName(tr("The gap of each tier, year by year"));
    // One group for the plot's life: the bars leave it as they are cleared.
    m_group = new QCPBarsGroup(m_plot);
    m_plot->setMinimumHeight(240);
    ChartExport::attach(m_plot, tr("Gaps year by year"));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_plot, tr("The gap, year by year"),
                           QFont(font().family(), font().pointSize() + 2, QFont::Bold)));
    m_plot->xAxis->grid()->setVisible(false);
    // Shown with the first answer: an empty legend box while a chart loads says nothing.
    m_plot->legend->setVisible(false);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &YearsChart::showTooltip);
    m_table->setModel(m_figures);
    m_table->setAccessibleName(tr("The gap of each tier, year by year, as a table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    auto *plotColumn = new QVBoxLayout;
    plotColumn->addWidget(m_status);
    plotColumn->addWidget(m_plot, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(plotColumn, 3);
    layout->addWidget(m_table, 2);
    clear();
}

void YearsChart::clear()
{
    m_plot->clearPlottables();
    m_plot->legend->setVisible(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_figures->clear();
    m_status->setWaiting(tr("Allocating every year of the plan…"));
}

void YearsChart::setUpdating()
{
    m_status->setUpdating();
}

QString YearsChart::answerNote() const
{
    return m_status->text();
}

QString YearsChart::tooltip(const QCPBars *bars, int yearPosition)
{
    const QStringList exact = bars->property("exact").toStringList();
    const QStringList years = bars->property("years").toStringList();
    if (yearPosition < 0 || yearPosition >= exact.size())
        return {};
    return tr("%1 tier, %2: %3")
        .arg(bars->name(), years.value(yearPosition), exact.at(yearPosition));
}

void YearsChart::showTooltip(QMouseEvent *event)
{
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(m_plot->plottable(i));
        QVariant details;
        if (!bars || bars->selectTest(event->position(), false, &details) != 0)
            continue;
        const QCPDataSelection hit = details.value<QCPDataSelection>();
        if (hit.isEmpty())
            continue;
        const int year = qRound(bars->data()->at(hit.dataRange().begin())->key) - 1;
        QToolTip::showText(event->globalPosition().toPoint(), tooltip(bars, year), m_plot);
        return;
    }
    QToolTip::hideText();
}

void YearsChart::setDocument(PlanDocument *document)
{
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.replaced) // the last plan's answer says nothing about another plan
            clear();
    });
    connect(document->answers(), &PlanAnswers::yearsAsked, this, &YearsChart::setUpdating);
    connect(document->answers(), &PlanAnswers::yearsAnswered, this, &YearsChart::setEvaluation);
}

void YearsChart::setEvaluation(const Evaluation &evaluation)
{
    m_plot->clearPlottables();
    m_status->setEvaluation(evaluation);
    QList<double> keys;
    QStringList labels;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype y = 0; y < evaluation.years.size(); ++y) {
        keys << double(y + 1);
        labels << evaluation.yearLabel(evaluation.years.at(y).calendarYear);
        ticker->addTick(double(y + 1), labels.last());
    }
    m_plot->xAxis->setTicker(ticker);
    for (const Tier tier : kAllTiers) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(tierTitle(tier));
        bars->setBrush(Palette::tier(tier));
        bars->setPen(QPen(Palette::edge(Palette::tierInk())));
        bars->setWidth(0.25);
        bars->setBarsGroup(m_group);
        QStringList exact;
        for (qsizetype y = 0; y < evaluation.years.size(); ++y) {
            const TierOutcome &t = evaluation.years.at(y).tiers[size_t(tier)];
            // A zero gap draws nothing, not a sliver of outline on the axis.
            if (t.gap.minor() != 0)
                bars->addData(keys.at(y), double(t.gap.minor()) / 100.0 / 1e6);
            exact << tr("gap %1 of %2")
                         .arg(t.gap.formatted(evaluation.currency),
                              t.cost.formatted(evaluation.currency));
        }
        bars->setProperty("exact", exact);
        bars->setProperty("years", labels);
    }
    m_plot->legend->setVisible(true);
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(0.4, double(evaluation.years.size()) + 0.6);
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(qMax(0.001, m_plot->yAxis->range().upper * 1.15));
    m_plot->yAxis->setLabel(tr("Gap, %1 million").arg(Money::symbol(evaluation.currency)));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    fillTable(evaluation);
}

// The same numbers as a table: a row per year, the gap of each tier.
void YearsChart::fillTable(const Evaluation &evaluation)
{
    m_figures->clear();
    QStringList headers{tr("Year")};
    for (const Tier tier : kAllTiers)
        headers << tr("%1 gap").arg(tierTitle(tier));
    headers << tr("Total gap");
    m_figures->setHorizontalHeaderLabels(headers);
    for (const YearResult &year : evaluation.years) {
        QList<QStandardItem *> row{new QStandardItem(evaluation.yearLabel(year.calendarYear))};
        Money total;
        for (const Tier tier : kAllTiers) {
            const Money gap = year.tiers[size_t(tier)].gap;
            total += gap;
            row << new QStandardItem(gap.formatted(evaluation.currency));
        }
        row << new QStandardItem(total.formatted(evaluation.currency));
        for (qsizetype c = 1; c < row.size(); ++c)
            row.at(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->appendRow(row);
    }
    TableFit::toContents(m_table);
}

} // namespace lps
