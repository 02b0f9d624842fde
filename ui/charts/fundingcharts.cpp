#include "fundingcharts.h"

#include "chartexport.h"

#include "answers/answernote.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "style/palette.h"
#include "style/tablefit.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace lps {

namespace {

QString sectorTitle(Sector sector)
{
    switch (sector) {
    case Sector::Public:
        return FundingCharts::tr("Public");
    case Sector::Private:
        return FundingCharts::tr("Private");
    case Sector::Charitable:
        return FundingCharts::tr("Charitable");
    case Sector::Personal:
        return FundingCharts::tr("Personal");
    }
    return {};
}

// Pounds (major units) for the axes; exact money stays in the tooltips and the table.
double major(Money amount)
{
    return double(amount.minor()) / 100.0;
}

// A zero amount draws nothing, not a sliver of outline on the axis.
void addBar(QCPBars *bars, double key, Money amount)
{
    if (amount.minor() != 0)
        bars->addData(key, major(amount) / 1e6);
}

} // namespace

FundingCharts::FundingCharts(QWidget *parent)
    : QWidget(parent)
    , m_whoPays(new QCustomPlot(this))
    , m_coverage(new QCustomPlot(this))
    , m_figures(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_note(new AnswerNote(this))
{
    auto *layout = new QHBoxLayout(this);
    auto *plots = new QVBoxLayout;
    plots->addWidget(m_note);
    setUpPlot(m_whoPays, tr("Who pays for what"));
    setUpPlot(m_coverage, tr("Coverage: funded and gap"));
    ChartExport::attach(m_whoPays, tr("Who pays for what"));
    ChartExport::attach(m_coverage, tr("Coverage: funded and gap"));
    plots->addWidget(m_whoPays, 1);
    plots->addWidget(m_coverage, 1);
    layout->addLayout(plots, 3);
    m_table->setModel(m_figures);
    m_table->setAccessibleName(tr("Funding by tier and sector, as a table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 2);
    clear();
}

void FundingCharts::setUpPlot(QCustomPlot *plot, const QString &title)
{
    plot->setAccessibleName(title);
    plot->setMinimumHeight(170);
    plot->plotLayout()->insertRow(0);
    auto *heading = new QCPTextElement(plot, title,
                                       QFont(font().family(), font().pointSize() + 2, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, heading);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (const Tier tier : kAllTiers)
        ticker->addTick(int(tier) + 1, tierTitle(tier));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.4, 3.6);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setLabel(tr("£ million"));
    // Shown with the first answer: an empty legend box while a chart loads says nothing.
    plot->legend->setVisible(false);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot->setMouseTracking(true);
    connect(plot, &QCustomPlot::mouseMove, this,
            [this, plot](QMouseEvent *event) { showTooltip(plot, event); });
}

QString FundingCharts::tooltip(const QCPBars *bars, int tier)
{
    if (tier < 0 || tier > 2)
        return {};
    return tr("%1, %2: %3")
        .arg(tierTitle(Tier(tier)), bars->name(),
             bars->property("exact").toStringList().value(tier));
}

void FundingCharts::showTooltip(QCustomPlot *plot, QMouseEvent *event)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(i));
        if (!bars || bars->selectTest(event->position(), false) < 0 ||
            bars->selectTest(event->position(), false) > 1)
            continue;
        const int tier = qRound(plot->xAxis->pixelToCoord(event->position().x())) - 1;
        if (tier >= 0 && tier < 3) {
            QToolTip::showText(event->globalPosition().toPoint(), tooltip(bars, tier), plot);
            return;
        }
    }
    QToolTip::hideText();
}

void FundingCharts::clear()
{
    for (QCustomPlot *plot : {m_whoPays, m_coverage}) {
        plot->clearPlottables();
        plot->legend->setVisible(false);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_figures->clear();
    m_note->setWaiting(tr("Allocating…"));
}

void FundingCharts::setUpdating()
{
    m_note->setUpdating();
}

QString FundingCharts::answerNote() const
{
    return m_note->text();
}

void FundingCharts::setDocument(PlanDocument *document)
{
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.replaced) // the last plan's answer says nothing about another plan
            clear();
    });
    connect(document->answers(), &PlanAnswers::asked, this, &FundingCharts::setUpdating);
    connect(document->answers(), &PlanAnswers::answered, this, &FundingCharts::setEvaluation);
}

void FundingCharts::setEvaluation(const Evaluation &evaluation)
{
    clear();
    if (evaluation.years.isEmpty())
        return;
    m_note->setEvaluation(evaluation);
    m_currency = evaluation.currency;
    // The axis unit in the plan's own currency ("£ million", "€ million", "CHF million").
    const QString unit = Money::symbol(m_currency);
    for (QCustomPlot *plot : {m_whoPays, m_coverage})
        plot->yAxis->setLabel(tr("%1 million").arg(unit));
    const YearResult &year = evaluation.years.first();
    const QList<double> ticks{1, 2, 3};
    // Who pays: one bar per sector, stacked.
    QCPBars *below = nullptr;
    for (const Sector sector : kAllSectors) {
        auto *bars = new QCPBars(m_whoPays->xAxis, m_whoPays->yAxis);
        bars->setName(sectorTitle(sector));
        bars->setPen(QPen(Palette::edge(Palette::sector(sector))));
        bars->setBrush(Palette::sector(sector));
        bars->setWidth(0.6);
        QStringList exact;
        for (const Tier tier : kAllTiers) {
            const Money amount = year.sectors[size_t(sector)][size_t(tier)];
            addBar(bars, ticks.at(int(tier)), amount);
            exact << amount.formatted(m_currency);
        }
        bars->setProperty("exact", exact);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    // Coverage: funded and gap, stacked to the tier's cost.
    auto *funded = new QCPBars(m_coverage->xAxis, m_coverage->yAxis);
    auto *gap = new QCPBars(m_coverage->xAxis, m_coverage->yAxis);
    funded->setName(tr("Funded"));
    gap->setName(tr("Gap"));
    funded->setBrush(Palette::funded());
    funded->setPen(QPen(Palette::edge(Palette::funded())));
    gap->setBrush(Palette::gap()); // hatched: not colour alone
    gap->setPen(QPen(Palette::missing()));
    QStringList fundedExact, gapExact;
    for (const Tier tier : kAllTiers) {
        const TierOutcome &t = year.tiers[size_t(tier)];
        addBar(funded, ticks.at(int(tier)), t.funded);
        addBar(gap, ticks.at(int(tier)), t.gap);
        fundedExact << t.funded.formatted(m_currency);
        gapExact << t.gap.formatted(m_currency);
    }
    funded->setProperty("exact", fundedExact);
    gap->setProperty("exact", gapExact);
    funded->setWidth(0.6);
    gap->setWidth(0.6);
    gap->moveAbove(funded);
    for (QCustomPlot *plot : {m_whoPays, m_coverage}) {
        plot->legend->setVisible(true);
        plot->rescaleAxes();
        plot->xAxis->setRange(0.4, 3.6);
        plot->yAxis->setRangeLower(0);
        plot->yAxis->setRangeUpper(plot->yAxis->range().upper * 1.15);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    // The same numbers as a table: a column per tier (as the bars stand), a row per sector,
    // then funded, gap and cost; narrow enough to sit beside the charts without cutting a figure.
    QStringList headers{QString()};
    for (const Tier tier : kAllTiers)
        headers << tierTitle(tier);
    m_figures->setHorizontalHeaderLabels(headers);
    const auto addRow = [this](const QString &name, const std::array<Money, 3> &amounts) {
        QList<QStandardItem *> row{new QStandardItem(name)};
        for (const Money amount : amounts) {
            row << new QStandardItem(amount.formatted(m_currency));
            row.last()->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        m_figures->appendRow(row);
    };
    for (const Sector sector : kAllSectors)
        addRow(sectorTitle(sector), year.sectors[size_t(sector)]);
    std::array<Money, 3> fundedByTier, gaps, costs;
    for (const Tier tier : kAllTiers) {
        fundedByTier[size_t(tier)] = year.tiers[size_t(tier)].funded;
        gaps[size_t(tier)] = year.tiers[size_t(tier)].gap;
        costs[size_t(tier)] = year.tiers[size_t(tier)].cost;
    }
    addRow(tr("Funded"), fundedByTier);
    addRow(tr("Gap"), gaps);
    addRow(tr("Cost"), costs);
    TableFit::toContents(m_table);
}

} // namespace lps
