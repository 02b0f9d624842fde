#include "yearschart.h"

#include "answers/answernote.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace lps {

namespace {

// Okabe-Ito, one per tier; the need and could bars also carry a pattern, so that the tiers
// differ by more than colour.
QBrush tierBrush(Tier tier)
{
    switch (tier) {
    case Tier::Must:
        return QBrush(QColor(0xD5, 0x5E, 0x00));
    case Tier::Need:
        return QBrush(QColor(0x56, 0xB4, 0xE9), Qt::Dense3Pattern);
    case Tier::Could:
        return QBrush(QColor(0x99, 0x99, 0x99), Qt::BDiagPattern);
    }
    return QBrush(Qt::gray);
}

} // namespace

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
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_plot, tr("The gap, year by year"),
                           QFont(font().family(), font().pointSize() + 2, QFont::Bold)));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->legend->setVisible(true);
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

QString YearsChart::tooltip(const QCPBars *bars, int dataIndex)
{
    const QStringList exact = bars->property("exact").toStringList();
    const QStringList years = bars->property("years").toStringList();
    if (dataIndex < 0 || dataIndex >= exact.size())
        return {};
    return tr("%1 tier, %2: %3").arg(bars->name(), years.value(dataIndex), exact.at(dataIndex));
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
        QToolTip::showText(event->globalPosition().toPoint(),
                           tooltip(bars, hit.dataRange().begin()), m_plot);
        return;
    }
    QToolTip::hideText();
}

void YearsChart::setDocument(PlanDocument *document)
{
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
        bars->setBrush(tierBrush(tier));
        bars->setPen(QPen(tierBrush(tier).color().darker(140)));
        bars->setWidth(0.25);
        bars->setBarsGroup(m_group);
        QList<double> values;
        QStringList exact;
        for (const YearResult &year : evaluation.years) {
            const TierOutcome &t = year.tiers[size_t(tier)];
            values << double(t.gap.minor()) / 100.0 / 1e6;
            exact << tr("gap %1 of %2")
                         .arg(t.gap.formatted(evaluation.currency),
                              t.cost.formatted(evaluation.currency));
        }
        bars->setData(keys, values, true);
        bars->setProperty("exact", exact);
        bars->setProperty("years", labels);
    }
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
    m_table->resizeColumnsToContents();
}

} // namespace lps
