#include "compareview.h"

#include "answers/answernote.h"
#include "charts/chartexport.h"
#include "documents/plandocument.h"
#include "live/latestjob.h"
#include "style/palette.h"
#include "style/tablefit.h"
#include "whatif/poolingvalue.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lps {

namespace {

double millions(Money amount)
{
    return double(amount.minor()) / 1e8;
}

QStandardItem *money(Money amount, const QString &currency)
{
    auto *item = new QStandardItem(amount.formatted(currency));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString statusWords(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return CompareView::tr("funded");
    case FundingStatus::Partial:
        return CompareView::tr("partly funded");
    case FundingStatus::Unfunded:
        return CompareView::tr("unfunded");
    case FundingStatus::Decommissioned:
        return CompareView::tr("decommissioned");
    }
    return {};
}

QCPBars *bars(QCustomPlot *plot, const QString &name, const QBrush &brush, QCPBarsGroup *group)
{
    auto *b = new QCPBars(plot->xAxis, plot->yAxis);
    b->setName(name);
    b->setBrush(brush);
    b->setPen(QPen(brush.color().darker(140)));
    b->setWidth(0.18);
    if (group)
        b->setBarsGroup(group);
    return b;
}

void ticks(QCustomPlot *plot, const QStringList &labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < labels.size(); ++i)
        ticker->addTick(double(i + 1), labels.at(i));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.4, double(labels.size()) + 0.6);
}

void finish(QCustomPlot *plot)
{
    plot->yAxis->rescale();
    const QCPRange range = plot->yAxis->range();
    plot->yAxis->setRange(qMin(0.0, range.lower * 1.1), qMax(0.01, range.upper * 1.15));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

QCustomPlot *plot(QWidget *parent, const QString &title)
{
    auto *p = new QCustomPlot(parent);
    p->setAccessibleName(title);
    p->setMinimumHeight(120);
    ChartExport::attach(p, title);
    p->plotLayout()->insertRow(0);
    p->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(p, title,
                           QFont(p->font().family(), p->font().pointSize() + 1, QFont::Bold)));
    // The legend under the chart, in two columns: inside it would hide bars.
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->take(p->legend);
    p->plotLayout()->addElement(2, 0, p->legend);
    p->plotLayout()->setRowStretchFactor(2, 0.001);
    p->legend->setFillOrder(QCPLegend::foColumnsFirst);
    p->legend->setWrap(2);
    p->xAxis->grid()->setVisible(false);
    return p;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_base(new QComboBox(this))
    , m_scenario(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_note(new AnswerNote(this))
    , m_tierFigures(new QStandardItemModel(this))
    , m_sectorFigures(new QStandardItemModel(this))
    , m_serviceFigures(new QStandardItemModel(this))
    , m_statusFigures(new QStandardItemModel(this))
    , m_yearFigures(new QStandardItemModel(this))
    , m_job(new LatestJob(this))
{
    m_soon = new QTimer(this);
    setObjectName(QStringLiteral("compareView"));
    m_base->setAccessibleName(tr("Compare from"));
    m_scenario->setAccessibleName(tr("Compare with"));
    m_status->setWordWrap(true);
    m_tiers = plot(this, tr("Funded and gap, per tier"));
    m_sectors = plot(this, tr("What each sector gives"));
    m_waterfall = plot(this, tr("Change in funding, service by service"));
    m_years = plot(this, tr("The gap of each tier, year by year"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare"), this));
    bar->addWidget(m_base, 1);
    bar->addWidget(new QLabel(tr("with"), this));
    bar->addWidget(m_scenario, 1);
    auto *pages = new QTabWidget(this);
    auto *tiersPage = new QWidget(pages);
    auto *tiersLayout = new QVBoxLayout(tiersPage);
    tiersLayout->addWidget(page(m_tiers, m_tierFigures, tr("Funded and gap per tier, as a table")));
    tiersLayout->addWidget(
        page(m_sectors, m_sectorFigures, tr("What each sector gives, as a table")));
    pages->addTab(tiersPage, tr("Tiers and sectors"));
    pages->addTab(page(m_waterfall, m_serviceFigures, tr("Change per service, as a table")),
                  tr("Services"));
    auto *statusTable = new QTableView(pages);
    statusTable->setModel(m_statusFigures);
    statusTable->setAccessibleName(tr("Services whose status changes"));
    statusTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    statusTable->setWordWrap(true);
    statusTable->verticalHeader()->setVisible(false);
    statusTable->horizontalHeader()->setStretchLastSection(true);
    // The service's name gets the room it needs (up to a third of a laptop's table), and rows
    // grow to the wrapped consequence, so nothing a councillor must read is cut off.
    statusTable->horizontalHeader()->setMaximumSectionSize(320);
    const auto fitStatus = [statusTable] {
        statusTable->resizeColumnsToContents();
        statusTable->resizeRowsToContents();
    };
    fitOnceFilled(m_statusFigures, statusTable, fitStatus);
    pages->addTab(statusTable, tr("Status changes"));
    pages->addTab(
        page(m_years, m_yearFigures, tr("The gap per tier and year, as a table"), Qt::Vertical),
        tr("Years"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_note);
    layout->addWidget(pages, 1);
    for (QComboBox *box : {m_base, m_scenario}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit choiceChanged();
        });
    }
    clear();
}

CompareView::~CompareView()
{
    ++m_run; // nothing the running job finds is shown
}

// The table beside the chart, sized to its figures (none cut off); or below it, full width,
// where it has too many columns to stand beside one.
QWidget *CompareView::page(QCustomPlot *chart, QStandardItemModel *figures, const QString &name,
                           Qt::Orientation tableAt)
{
    auto *holder = new QWidget(this);
    QBoxLayout *layout = tableAt == Qt::Horizontal
                             ? static_cast<QBoxLayout *>(new QHBoxLayout(holder))
                             : new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *table = new QTableView(holder);
    table->setModel(figures);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    const auto fit = [table, tableAt] {
        if (tableAt == Qt::Horizontal)
            TableFit::toContents(table);
        else
            table->resizeColumnsToContents();
    };
    fitOnceFilled(figures, table, fit);
    layout->addWidget(chart, 3);
    layout->addWidget(table, 2);
    return holder;
}

bool CompareView::isWorking() const
{
    return m_working || m_soon->isActive();
}

void CompareView::setDocument(PlanDocument *document)
{
    m_document = document;
    // Another plan sends its plan, scenario and year at once: one comparison (which cannot be
    // stopped once started) for all of them.
    m_soon->setSingleShot(true);
    m_soon->setInterval(0);
    connect(m_soon, &QTimer::timeout, this, &CompareView::refresh);
    const auto soon = [this] {
        m_soon->start();
    };
    connect(document, &PlanDocument::changed, this, soon);
    connect(document, &PlanDocument::scenarioChosen, this, soon);
    connect(document, &PlanDocument::yearChosen, this, soon);
    connect(this, &CompareView::choiceChanged, this, soon);
}

// Tables are filled row by row; they are fitted to their figures once, when filling is done.
void CompareView::fitOnceFilled(QStandardItemModel *figures, QTableView *table,
                                const std::function<void()> &fit)
{
    auto *timer = new QTimer(table);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, table, fit);
    const auto soon = [timer] {
        timer->start();
    };
    connect(figures, &QAbstractItemModel::modelReset, table, soon);
    connect(figures, &QAbstractItemModel::rowsInserted, table, soon);
}

// A comparison runs the engine for every year of two scenarios: only while someone is looking.
void CompareView::refresh()
{
    if (!m_document)
        return;
    m_stale = !isVisible();
    if (m_stale)
        clear();
    else
        compare(m_document->plan(), m_document->yearIndex(), m_document->scenarioId());
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CompareView::clear()
{
    ++m_run;
    m_working = false;
    m_shown = false;
    m_job->dropWaiting();
    wipe();
    m_status->setText(tr("Waiting for the allocation…"));
    m_note->setWaiting(QString());
}

QString CompareView::answerNote() const
{
    return m_note->text();
}

void CompareView::wipe()
{
    for (QCustomPlot *p : {m_tiers, m_sectors, m_waterfall, m_years}) {
        p->clearPlottables();
        p->clearGraphs();
        p->replot(QCustomPlot::rpQueuedReplot);
    }
    for (QStandardItemModel *m :
         {m_tierFigures, m_sectorFigures, m_serviceFigures, m_statusFigures, m_yearFigures})
        m->clear();
}

void CompareView::compare(const Plan &plan, int yearIndex, const QString &chosenScenario)
{
    // What is on show stays, marked as updating, until the new comparison replaces it.
    if (m_shown) {
        ++m_run;
        m_working = false;
        m_job->dropWaiting();
        m_note->setUpdating();
    } else {
        clear();
    }
    m_plan = plan;
    m_yearIndex = yearIndex;
    // The choices: every scenario; by default the baseline against the one chosen in the window.
    m_filling = true;
    const QString base = m_base->currentData().toString();
    QString scenario = m_scenario->currentData().toString();
    if (chosenScenario != m_lastChosen)
        scenario = chosenScenario; // a new choice in the window wins
    m_lastChosen = chosenScenario;
    m_base->clear();
    m_scenario->clear();
    for (const Scenario &s : plan.scenarios) {
        m_base->addItem(s.name, s.id);
        m_scenario->addItem(s.name, s.id);
    }
    m_base->setCurrentIndex(qMax(0, m_base->findData(base)));
    m_scenario->setCurrentIndex(qMax(0, m_scenario->findData(scenario)));
    m_filling = false;
    const QString baseId = m_base->currentData().toString();
    const QString scenarioId = m_scenario->currentData().toString();
    if (baseId.isEmpty() || scenarioId.isEmpty())
        return;
    if (!m_shown)
        m_status->setText(tr("Comparing every year…"));
    m_working = true;
    const quint64 run = m_run.load();
    // One comparison at a time: a drag of fifty slider steps does not start fifty.
    m_job->run([this, run, plan, baseId, scenarioId] {
        if (run != m_run.load())
            return;
        const Comparison comparison = Comparison::of(plan, baseId, scenarioId);
        QMetaObject::invokeMethod(this, [this, run, comparison] { show(run, comparison); });
    });
}

void CompareView::show(quint64 run, const Comparison &comparison)
{
    if (run != m_run.load())
        return; // the plan or the choice changed while it was worked out
    m_working = false;
    if (comparison.years.isEmpty())
        return;
    const qsizetype position =
        qBound(qsizetype(0), qsizetype(m_yearIndex), comparison.years.size() - 1);
    const Comparison::Year &year = comparison.years.at(position);
    QString pooling;
    if (position < comparison.scenario.inputs.size()) {
        const std::array<Money, 3> value = PoolingValue::of(comparison.scenario.inputs.at(position),
                                                            comparison.scenario.years.at(position));
        pooling = QLatin1Char(' ') + PoolingValue::words(value, m_plan.currency);
    }
    wipe();
    m_shown = true;
    m_note->setComparison(comparison.base, comparison.scenario);
    m_status->setText(tr("%1 against %2 in %3.%4")
                          .arg(comparison.scenario.scenarioName, comparison.base.scenarioName,
                               m_plan.yearLabel(int(position)), pooling));
    for (QCustomPlot *p : {m_tiers, m_sectors, m_years})
        p->yAxis->setLabel(tr("%1 million").arg(Money::symbol(m_plan.currency)));
    fillTiers(year);
    fillSectors(year);
    fillWaterfall(year);
    fillStatus(year);
    fillYears(comparison);
}

void CompareView::fillTiers(const Comparison::Year &year)
{
    QStringList labels;
    for (const Tier tier : kAllTiers)
        labels << tierTitle(tier);
    auto *group = new QCPBarsGroup(m_tiers);
    QCPBars *baseFunded =
        bars(m_tiers, tr("Funded, %1").arg(m_base->currentText()), Palette::base(), group);
    QCPBars *scenarioFunded =
        bars(m_tiers, tr("Funded, %1").arg(m_scenario->currentText()), Palette::scenario(), group);
    QCPBars *baseGap = bars(m_tiers, tr("Gap, %1").arg(m_base->currentText()),
                            QBrush(Palette::base(), Qt::BDiagPattern), group);
    QCPBars *scenarioGap = bars(m_tiers, tr("Gap, %1").arg(m_scenario->currentText()),
                                QBrush(Palette::scenario(), Qt::BDiagPattern), group);
    // A column per tier, as the bars stand: narrow enough to sit beside the chart whole.
    m_tierFigures->setHorizontalHeaderLabels({QString(), labels[0], labels[1], labels[2]});
    std::array<std::array<Money, 3>, 5> rows{};
    for (const Tier tier : kAllTiers) {
        const Comparison::TierChange &t = year.tiers[size_t(tier)];
        const double key = double(int(tier) + 1);
        // A zero draws no bar, not a sliver of outline on the axis.
        const auto add = [key](QCPBars *to, Money amount) {
            if (amount.minor() != 0)
                to->addData(key, millions(amount));
        };
        add(baseFunded, t.baseFunded);
        add(scenarioFunded, t.scenarioFunded);
        add(baseGap, t.baseGap);
        add(scenarioGap, t.scenarioGap);
        const size_t c = size_t(tier);
        rows[0][c] = t.baseFunded;
        rows[1][c] = t.scenarioFunded;
        rows[2][c] = t.fundedDifference();
        rows[3][c] = t.baseGap;
        rows[4][c] = t.scenarioGap;
    }
    const QStringList names{tr("Funded before"), tr("Funded after"), tr("Change"), tr("Gap before"),
                            tr("Gap after")};
    for (size_t r = 0; r < rows.size(); ++r) {
        QList<QStandardItem *> row{new QStandardItem(names.at(qsizetype(r)))};
        for (const Money amount : rows[r])
            row << money(amount, m_plan.currency);
        m_tierFigures->appendRow(row);
    }
    ticks(m_tiers, labels);
    finish(m_tiers);
}

void CompareView::fillSectors(const Comparison::Year &year)
{
    QStringList labels;
    auto *group = new QCPBarsGroup(m_sectors);
    QCPBars *before = bars(m_sectors, m_base->currentText(), Palette::base(), group);
    QCPBars *after = bars(m_sectors, m_scenario->currentText(), Palette::scenario(), group);
    before->setWidth(0.35);
    after->setWidth(0.35);
    m_sectorFigures->setHorizontalHeaderLabels(
        {tr("Sector"), tr("Gives before"), tr("Gives after"), tr("Change")});
    for (const Sector sector : kAllSectors) {
        Money base, scenario;
        for (const Tier tier : kAllTiers) {
            base += year.baseSectors[size_t(sector)][size_t(tier)];
            scenario += year.scenarioSectors[size_t(sector)][size_t(tier)];
        }
        QString name = spelling(sector);
        name[0] = name.at(0).toUpper();
        labels << name;
        before->addData(double(labels.size()), millions(base));
        after->addData(double(labels.size()), millions(scenario));
        m_sectorFigures->appendRow({new QStandardItem(name), money(base, m_plan.currency),
                                    money(scenario, m_plan.currency),
                                    money(scenario - base, m_plan.currency)});
    }
    ticks(m_sectors, labels);
    finish(m_sectors);
}

// Biggest changes first, the rest as one bar, between the two totals: where the money moved.
void CompareView::fillWaterfall(const Comparison::Year &year)
{
    QList<Comparison::ServiceChange> changed;
    Money before, after;
    for (const Comparison::ServiceChange &s : year.services) {
        before += s.baseFunded;
        after += s.scenarioFunded;
        if (!s.difference().isZero())
            changed << s;
    }
    std::stable_sort(changed.begin(), changed.end(), [](const auto &a, const auto &b) {
        return qAbs(a.difference().minor()) > qAbs(b.difference().minor());
    });
    m_serviceFigures->setHorizontalHeaderLabels(
        {tr("Service"), tr("Funded before"), tr("Funded after"), tr("Change")});
    for (const Comparison::ServiceChange &s : changed)
        m_serviceFigures->appendRow(
            {new QStandardItem(m_plan.serviceIndex(s.id) >= 0
                                   ? m_plan.services.at(m_plan.serviceIndex(s.id)).name
                                   : s.id),
             money(s.baseFunded, m_plan.currency), money(s.scenarioFunded, m_plan.currency),
             money(s.difference(), m_plan.currency)});
    const int shown = int(qMin<qsizetype>(8, changed.size()));
    QStringList labels{tr("Before")};
    QList<Money> steps;
    for (int i = 0; i < shown; ++i) {
        const QString &id = changed.at(i).id;
        // Elided, not cut: the table beside holds every name whole.
        const QString name =
            m_plan.serviceIndex(id) >= 0 ? m_plan.services.at(m_plan.serviceIndex(id)).name : id;
        labels << QFontMetrics(m_waterfall->xAxis->tickLabelFont())
                      .elidedText(name, Qt::ElideRight, kStepLabelWidth);
        steps << changed.at(i).difference();
    }
    if (changed.size() > shown) {
        Money rest;
        for (qsizetype i = shown; i < changed.size(); ++i)
            rest += changed.at(i).difference();
        labels << tr("%n others", nullptr, int(changed.size() - shown));
        steps << rest;
    }
    labels << tr("After");
    // An invisible bar lifts each step to where the running total stands.
    auto *lift = new QCPBars(m_waterfall->xAxis, m_waterfall->yAxis);
    lift->setPen(Qt::NoPen);
    lift->setBrush(Qt::NoBrush);
    lift->removeFromLegend();
    QCPBars *totals = bars(m_waterfall, tr("Total funded"), Palette::base(), nullptr);
    QCPBars *down = bars(m_waterfall, tr("Less"), Palette::gap(), nullptr);
    QCPBars *up = bars(m_waterfall, tr("More"), Palette::funded(), nullptr);
    for (QCPBars *b : {lift, totals, down, up})
        b->setWidth(0.6);
    totals->moveAbove(lift);
    down->moveAbove(totals);
    up->moveAbove(down);
    Money running = before;
    double lowest = millions(before), highest = millions(before);
    totals->addData(1, millions(before));
    lift->addData(1, 0);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const double key = double(i + 2);
        const Money step = steps.at(i);
        const Money low = step < Money() ? running + step : running;
        lift->addData(key, millions(low));
        (step < Money() ? down : up)
            ->addData(key, millions(step < Money() ? Money() - step : step));
        running += step;
        lowest = qMin(lowest, millions(running));
        highest = qMax(highest, millions(running));
    }
    const double last = double(steps.size() + 2);
    lift->addData(last, 0);
    totals->addData(last, millions(after));
    ticks(m_waterfall, labels);
    m_waterfall->xAxis->setTickLabelRotation(30);
    // Zoomed to where the total moves: from zero, a change of a few hundred thousand in tens of
    // millions would be a hairline. The totals' bars run off the bottom, as in any waterfall.
    const double margin = qMax((highest - lowest) * 0.25, qMax(highest, 0.01) * 0.005);
    m_waterfall->yAxis->setRange(qMax(0.0, lowest - margin), highest + margin);
    m_waterfall->yAxis->setLabel(
        tr("%1 million (not from zero)").arg(Money::symbol(m_plan.currency)));
    m_waterfall->replot(QCustomPlot::rpQueuedReplot);
}

void CompareView::fillStatus(const Comparison::Year &year)
{
    m_statusFigures->setHorizontalHeaderLabels({tr("Service"), tr("Tier"), tr("Was"), tr("Becomes"),
                                                tr("Funded before"), tr("Funded after"),
                                                tr("What happens to people if it is not funded")});
    for (const Comparison::ServiceChange &s : year.services) {
        if (s.baseStatus == s.status)
            continue;
        const qsizetype index = m_plan.serviceIndex(s.id);
        const Service *service = index >= 0 ? &m_plan.services.at(index) : nullptr;
        // Names and consequences wrap in their cells and are whole on hover.
        auto *name = new QStandardItem(service ? service->name : s.id);
        name->setToolTip(name->text());
        auto *consequence = new QStandardItem(service ? service->consequence : QString());
        consequence->setToolTip(consequence->text());
        m_statusFigures->appendRow({name, new QStandardItem(tierTitle(s.tier)),
                                    new QStandardItem(statusWords(s.baseStatus)),
                                    new QStandardItem(statusWords(s.status)),
                                    money(s.baseFunded, m_plan.currency),
                                    money(s.scenarioFunded, m_plan.currency), consequence});
    }
    if (m_statusFigures->rowCount() == 0)
        m_statusFigures->appendRow(new QStandardItem(tr("No service changes status.")));
}

void CompareView::fillYears(const Comparison &comparison)
{
    QStringList headers{tr("Year")};
    for (const Tier tier : kAllTiers)
        headers << tr("%1 gap before").arg(tierTitle(tier))
                << tr("%1 gap after").arg(tierTitle(tier));
    m_yearFigures->setHorizontalHeaderLabels(headers);
    QStringList labels;
    std::array<QCPGraph *, 3> before{}, after{};
    for (const Tier tier : kAllTiers) {
        // One ink for every tier (a hue would read as a status or a sector); tiers differ by
        // marker, and the base by a dashed line.
        const QColor colour = Palette::tierInk();
        const QCPScatterStyle::ScatterShape shape = tier == Tier::Must ? QCPScatterStyle::ssDisc
                                                    : tier == Tier::Need
                                                        ? QCPScatterStyle::ssTriangle
                                                        : QCPScatterStyle::ssSquare;
        before[size_t(tier)] = m_years->addGraph();
        before[size_t(tier)]->setName(tr("%1, %2").arg(tierTitle(tier), m_base->currentText()));
        before[size_t(tier)]->setPen(QPen(colour, 2, Qt::DashLine));
        before[size_t(tier)]->setScatterStyle(QCPScatterStyle(shape, 7));
        after[size_t(tier)] = m_years->addGraph();
        after[size_t(tier)]->setName(tr("%1, %2").arg(tierTitle(tier), m_scenario->currentText()));
        after[size_t(tier)]->setPen(QPen(colour, 2));
        after[size_t(tier)]->setScatterStyle(QCPScatterStyle(shape, 9));
    }
    for (qsizetype y = 0; y < comparison.years.size(); ++y) {
        const Comparison::Year &year = comparison.years.at(y);
        labels << Plan::financialYearLabel(year.calendarYear);
        QList<QStandardItem *> row{new QStandardItem(labels.last())};
        for (const Tier tier : kAllTiers) {
            const Comparison::TierChange &t = year.tiers[size_t(tier)];
            before[size_t(tier)]->addData(double(y + 1), millions(t.baseGap));
            after[size_t(tier)]->addData(double(y + 1), millions(t.scenarioGap));
            row << money(t.baseGap, m_plan.currency) << money(t.scenarioGap, m_plan.currency);
        }
        m_yearFigures->appendRow(row);
    }
    ticks(m_years, labels);
    finish(m_years);
}

} // namespace lps
