#include "risksview.h"

#include "charts/chartexport.h"

#include "answers/answernote.h"
#include "documents/plananswers.h"
#include "documents/plandocument.h"

#include "live/latestjob.h"
#include "style/palette.h"
#include "whatif/marginalhints.h"
#include "whatif/poolingvalue.h"

#include <qcustomplot.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lps {

namespace {

QStandardItem *amount(Money value, const QString &currency)
{
    auto *item = new QStandardItem(value.formatted(currency));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(double(value.minor()), Qt::UserRole);
    return item;
}

// A tier can come out ahead when a resource goes: never "loses -£648,333.33" without a word.
QStandardItem *loss(Money value, const QString &currency)
{
    QStandardItem *item = amount(value, currency);
    if (value.minor() < 0) {
        item->setText(RisksView::tr("gains %1").arg((-value).formatted(currency)));
        item->setToolTip(RisksView::gainWhy());
    }
    return item;
}

} // namespace

QString RisksView::gainWhy()
{
    return tr("\"Gains\": with that resource gone, a service in a tier above can no longer reach "
              "its minimum share, so it is funded nothing and what it would have used goes to "
              "this tier.");
}

RisksView::RisksView(QWidget *parent)
    : QWidget(parent)
    , m_toClose(new QLabel(this))
    , m_hints(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_status(new QLabel(this))
    , m_losses(new QStandardItemModel(this))
    , m_chart(new QCustomPlot(this))
    , m_singlePoints(new QLabel(this))
    , m_note(new AnswerNote(this))
    , m_job(new LatestJob(this))
{
    setObjectName(QStringLiteral("risksView"));
    m_toClose->setWordWrap(true);
    m_toClose->setTextFormat(Qt::RichText);
    m_hints->setAccessibleName(tr("Where more of each resource would go"));
    m_hints->setWordWrap(true);
    auto *take = new QGroupBox(tr("What it would take"), this);
    auto *takeLayout = new QVBoxLayout(take);
    takeLayout->addWidget(m_toClose);
    takeLayout->addWidget(m_hints, 1);
    m_table = new QTableView(this);
    QTableView *table = m_table;
    table->setModel(m_losses);
    table->setAccessibleName(tr("What each tier loses if a resource is withdrawn"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    m_chart->setAccessibleName(tr("The ten withdrawals that would do most damage"));
    m_chart->setMinimumHeight(200);
    ChartExport::attach(m_chart, tr("Withdrawals that would do most damage"));
    // Shown with the first figures: an empty legend box while they load says nothing.
    m_chart->legend->setVisible(false);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_singlePoints->setWordWrap(true);
    m_progress->setAccessibleName(tr("Resources tried"));
    connect(m_cancel, &QPushButton::clicked, this, &RisksView::cancel);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    auto *failure = new QGroupBox(tr("If a resource were withdrawn"), this);
    auto *failureLayout = new QVBoxLayout(failure);
    failureLayout->addLayout(progressRow);
    failureLayout->addWidget(table, 3);
    failureLayout->addWidget(m_chart, 2);
    failureLayout->addWidget(m_singlePoints);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_note);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    layout->addWidget(take, 1);
    layout->addWidget(failure, 3);
    clear();
}

void RisksView::setDocument(PlanDocument *document)
{
    m_document = document;
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.replaced) // the last plan's figures say nothing about another plan
            clear();
    });
    connect(document->answers(), &PlanAnswers::asked, this, [this] {
        m_pending = false;
        setUpdating();
    });
    connect(document->answers(), &PlanAnswers::answered, this, &RisksView::answered);
}

// The risks take many settled runs of the engine: a first answer does not start them, and
// nothing starts while no one is looking.
void RisksView::answered(const Evaluation &evaluation)
{
    if (!evaluation.isSettled())
        return;
    m_pending = !isVisible();
    if (!m_pending)
        setEvaluation(evaluation);
}

void RisksView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const std::optional<Evaluation> &latest =
        m_document ? m_document->answers()->latest() : std::optional<Evaluation>();
    if (m_pending && latest && latest->isSettled()) {
        m_pending = false;
        setEvaluation(*latest);
    }
}

RisksView::~RisksView()
{
    cancel(); // the running job stops after the resource it is on
}

bool RisksView::isWorking() const
{
    return m_working;
}

void RisksView::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
    if (m_working) {
        m_working = false;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopped. It starts again with the next change."));
    }
}

// Stops the run on show without a word: a newer one follows at once.
void RisksView::stop()
{
    if (m_cancelled)
        *m_cancelled = true;
    m_working = false;
    m_cancel->setEnabled(false);
    m_job->dropWaiting();
    ++m_run;
}

void RisksView::setUpdating()
{
    stop();
    m_note->setUpdating();
    m_status->setText(tr("Waiting for the allocation…"));
}

QString RisksView::answerNote() const
{
    return m_note->text();
}

void RisksView::clear()
{
    stop();
    m_note->setWaiting(QString());
    m_toClose->setText(tr("Waiting for the allocation…"));
    m_hints->clear();
    m_losses->clear();
    m_chart->clearPlottables();
    m_chart->legend->setVisible(false);
    m_chart->replot(QCustomPlot::rpQueuedReplot);
    m_singlePoints->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Waiting for the allocation…"));
    m_cancel->setEnabled(false);
}

// What is on show stays until the new figures replace it.
void RisksView::setEvaluation(const Evaluation &evaluation)
{
    stop();
    if (evaluation.years.isEmpty() || evaluation.inputs.isEmpty()) {
        clear();
        return;
    }
    m_note->setEvaluation(evaluation);
    m_evaluation = evaluation;
    m_progress->setValue(0);
    const quint64 run = m_run.load();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_working = true;
    m_cancel->setEnabled(true);
    m_toClose->setText(tr("Working out what it would take…"));
    m_status->setText(tr("Withdrawing each resource in turn…"));
    const EffectiveYear year = evaluation.inputs.first();
    const YearResult current = evaluation.years.first();
    const QString currency = evaluation.currency;
    // One run at a time; an older one stops after its current resource, as it is cancelled.
    m_job->run([this, run, year, current, currency, cancelled = m_cancelled] {
        if (*cancelled)
            return;
        Found found{GapCloser::of(year, current), PoolingValue::of(year, current),
                    MarginalHints::of(year, current, currency)};
        QMetaObject::invokeMethod(this, [this, run, found] { showFound(run, found); });
        const Resilience::Result result = Resilience::of(
            year, current, 2,
            [this, run](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, run, done, total] { showProgress(run, done, total); });
            },
            cancelled.get());
        if (!*cancelled)
            QMetaObject::invokeMethod(this, [this, run, result] { showLosses(run, result); });
    });
}

QString RisksView::toCloseText() const
{
    return m_toClose->text();
}

void RisksView::showFound(quint64 run, const Found &found)
{
    if (run != m_run.load())
        return; // an answer for what is no longer on screen
    const QString &currency = m_evaluation.currency;
    m_toClose->setText(
        tr("<p>To close the <b>must</b> tier's gap: <b>%1</b> of new money that may fund any "
           "service.<br>To close the <b>must and need</b> tiers' gaps: <b>%2</b>.</p>"
           "<p>%3</p>")
            .arg(found.toClose.must.formatted(currency), found.toClose.mustNeed.formatted(currency),
                 PoolingValue::words(found.pooling, currency).toHtmlEscaped()));
    m_hints->clear();
    m_hints->addItems(found.hints);
}

void RisksView::showProgress(quint64 run, int done, int total)
{
    if (run != m_run.load() || !m_working)
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_status->setText(tr("Withdrawing each resource in turn: %1 of %2…").arg(done).arg(total));
}

void RisksView::showLosses(quint64 run, const Resilience::Result &result)
{
    if (run != m_run.load())
        return;
    m_working = false;
    m_cancel->setEnabled(false);
    const QString &currency = m_evaluation.currency;
    m_status->setText(tr("Each resource withdrawn in turn, the rest re-allocated, most damage "
                         "first."));
    m_losses->clear();
    m_losses->setHorizontalHeaderLabels({tr("Resource withdrawn"), tr("Must loses"),
                                         tr("Need loses"), tr("Could loses"),
                                         tr("Services that lose most")});
    for (const Resilience::ResourceLoss &row : result.resources) {
        QStringList hit;
        for (qsizetype i = 0; i < row.services.size() && i < 3; ++i)
            hit << m_evaluation.serviceNames.value(row.services.at(i).first,
                                                   row.services.at(i).first);
        // Often elided in its column: whole on hover.
        auto *hitItem = new QStandardItem(hit.join(QStringLiteral("; ")));
        hitItem->setToolTip(hitItem->text());
        m_losses->appendRow({new QStandardItem(m_evaluation.resourceNames.value(row.id, row.id)),
                             loss(row.loss[0], currency), loss(row.loss[1], currency),
                             loss(row.loss[2], currency), hitItem});
    }
    QStringList points;
    for (const auto &[service, resource] : result.singlePoints)
        points << tr("<b>%1</b> can be funded only by %2")
                      .arg(m_evaluation.serviceNames.value(service, service).toHtmlEscaped(),
                           m_evaluation.resourceNames.value(resource, resource).toHtmlEscaped());
    QString text = points.isEmpty()
                       ? tr("No must-tier service depends on a single resource.")
                       : tr("Single points of failure: %1.").arg(points.join(QStringLiteral("; ")));
    const bool gains =
        std::any_of(result.resources.cbegin(), result.resources.cend(), [](const auto &r) {
            return std::any_of(r.loss.cbegin(), r.loss.cend(),
                               [](Money m) { return m.minor() < 0; });
        });
    if (gains)
        text += QStringLiteral("<br>") + gainWhy().toHtmlEscaped();
    m_singlePoints->setText(text);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 220));
    fillChart(result);
}

// The ten most damaging withdrawals as stacked bars, worst at the top.
void RisksView::fillChart(const Resilience::Result &result)
{
    m_chart->clearPlottables();
    m_chart->legend->setVisible(true);
    m_chart->xAxis->setLabel(tr("%1 million lost").arg(Money::symbol(m_evaluation.currency)));
    const int shown = int(qMin<qsizetype>(10, result.resources.size()));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QList<double> keys;
    for (int i = 0; i < shown; ++i) {
        keys << double(shown - i);
        const QString id = result.resources.at(i).id;
        // Elided, not cut: the table above holds every name whole.
        ticker->addTick(double(shown - i), QFontMetrics(m_chart->yAxis->tickLabelFont())
                                               .elidedText(m_evaluation.resourceNames.value(id, id),
                                                           Qt::ElideRight, kChartLabelWidth));
    }
    m_chart->yAxis->setTicker(ticker);
    QCPBars *below = nullptr;
    for (const Tier tier : kAllTiers) {
        auto *bars = new QCPBars(m_chart->yAxis, m_chart->xAxis);
        bars->setName(tierTitle(tier));
        bars->setBrush(Palette::tier(tier));
        bars->setPen(QPen(Palette::edge(Palette::tierInk())));
        // A resource whose withdrawal costs a tier nothing draws nothing for it.
        for (int i = 0; i < shown; ++i) {
            const Money loss = result.resources.at(i).loss[size_t(tier)];
            if (loss.minor() > 0)
                bars->addData(keys.at(i), double(loss.minor()) / 1e8);
        }
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    // The axis reaches the longest stack, not only the longest single bar.
    double longest = 0.0;
    for (int i = 0; i < shown; ++i) {
        double total = 0.0;
        for (const Money &loss : result.resources.at(i).loss)
            total += qMax(0.0, double(loss.minor()) / 1e8);
        longest = qMax(longest, total);
    }
    m_chart->xAxis->setRange(0.0, qMax(0.01, longest * 1.05));
    m_chart->yAxis->setRange(0.4, shown + 0.6);
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lps
