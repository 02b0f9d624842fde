#pragma once

#include "reports/evaluation.h"
#include "whatif/resilience.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCustomPlot;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace lps {

class AnswerNote;

class LatestJob;
class PlanDocument;

/// For the chosen scenario and year: what it would take to close the must and need gaps, where
/// more of each resource would go, and what each resource's withdrawal would cost each tier,
/// as a table and a chart sorted by damage, with the single points of failure. Worked out in
/// the background with a progress bar that can be cancelled; nothing stale is ever shown.
class RisksView : public QWidget
{
    Q_OBJECT

public:
    explicit RisksView(QWidget *parent = nullptr);
    ~RisksView() override;

    /// Follows the document's settled answers, worked out only while the view is on screen
    /// (they take many runs of the engine).
    void setDocument(PlanDocument *document);
    /// Works out everything for this allocation (one year), dropping any earlier run.
    void setEvaluation(const Evaluation &evaluation);
    /// Another plan: stop, and show nothing until the next setEvaluation().
    void clear();
    /// A newer allocation is on its way: stop, and keep what is on show, marked as updating.
    void setUpdating();
    QString answerNote() const;
    bool isWorking() const;
    void cancel();

    QStandardItemModel *losses() const { return m_losses; }
    QString toCloseText() const;
    QListWidget *hints() const { return m_hints; }
    /// Why a withdrawal can leave a tier with more, as the table's tooltip and note say.
    static QString gainWhy();

private:
    struct Found
    {
        GapCloser::ToClose toClose;
        std::array<Money, 3> pooling{};
        QStringList hints;
    };
    void showFound(quint64 run, const Found &found);
    void showProgress(quint64 run, int done, int total);
    void showLosses(quint64 run, const Resilience::Result &result);
    void fillChart(const Resilience::Result &result);
    void stop();
    void answered(const Evaluation &evaluation);
    void showEvent(QShowEvent *event) override;

    /// The chart's resource names are elided to this many pixels.
    static constexpr int kChartLabelWidth = 190;
    QLabel *m_toClose = nullptr;
    QListWidget *m_hints = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_losses = nullptr;
    QTableView *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
    QLabel *m_singlePoints = nullptr;
    AnswerNote *m_note = nullptr;
    Evaluation m_evaluation;
    /// The newest run; an answer from an older one is dropped.
    std::atomic<quint64> m_run{0};
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    LatestJob *m_job = nullptr;
    bool m_working = false;
    PlanDocument *m_document = nullptr;
    /// A settled answer came while the view was hidden: worked out once it is shown.
    bool m_pending = false;
};

} // namespace lps
