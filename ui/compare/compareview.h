#pragma once

#include "comparison/comparison.h"
#include "model/plan.h"

#include <QWidget>

#include <functional>

#include <atomic>

class QComboBox;
class QCustomPlot;
class QLabel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace lps {

class AnswerNote;

class LatestJob;
class PlanDocument;

/// Two scenarios side by side (the baseline and the chosen one unless the person picks
/// others): per tier and per sector, funded and gap, as grouped bars; the change in each
/// service's funding as a waterfall, biggest first; the services whose status changes, with
/// what happens to people; and each tier's gap across the years for both. Every chart has a
/// table beside it with the same numbers, which screen readers can read.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    /// Compares the document's scenario (against the baseline unless the person picks others)
    /// in its year, again after every change, only while the view is on screen.
    void setDocument(PlanDocument *document);
    /// The plan, the year to show and the scenario chosen in the window; works the comparison
    /// out in the background (only call it while the view is on screen).
    void compare(const Plan &plan, int yearIndex, const QString &chosenScenario);
    /// Stops and shows nothing until the next compare().
    void clear();
    QString answerNote() const;
    bool isWorking() const;

    QComboBox *baseChoice() const { return m_base; }
    QComboBox *scenarioChoice() const { return m_scenario; }
    QStandardItemModel *tierFigures() const { return m_tierFigures; }
    QStandardItemModel *serviceFigures() const { return m_serviceFigures; }
    QStandardItemModel *statusFigures() const { return m_statusFigures; }
    QStandardItemModel *yearFigures() const { return m_yearFigures; }

signals:
    /// The person picked other scenarios: the window asks again.
    void choiceChanged();

private:
    QWidget *page(QCustomPlot *plot, QStandardItemModel *figures, const QString &name,
                  Qt::Orientation tableAt = Qt::Horizontal);
    void show(quint64 run, const Comparison &comparison);
    void fillTiers(const Comparison::Year &year);
    void fillSectors(const Comparison::Year &year);
    void fillWaterfall(const Comparison::Year &year);
    void fillStatus(const Comparison::Year &year);
    void fillYears(const Comparison &comparison);
    void wipe();
    void refresh();
    void fitOnceFilled(QStandardItemModel *figures, QTableView *table,
                       const std::function<void()> &fit);
    void showEvent(QShowEvent *event) override;

    /// The waterfall's service names are elided to this many pixels.
    static constexpr int kStepLabelWidth = 120;
    Plan m_plan;
    int m_yearIndex = 0;
    QComboBox *m_base = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_status = nullptr;
    AnswerNote *m_note = nullptr;
    bool m_shown = false;
    QCustomPlot *m_tiers = nullptr;
    QCustomPlot *m_sectors = nullptr;
    QCustomPlot *m_waterfall = nullptr;
    QCustomPlot *m_years = nullptr;
    QStandardItemModel *m_tierFigures = nullptr;
    QStandardItemModel *m_sectorFigures = nullptr;
    QStandardItemModel *m_serviceFigures = nullptr;
    QStandardItemModel *m_statusFigures = nullptr;
    QStandardItemModel *m_yearFigures = nullptr;
    QString m_lastChosen;
    std::atomic<quint64> m_run{0};
    LatestJob *m_job = nullptr;
    bool m_working = false;
    bool m_filling = false;
    PlanDocument *m_document = nullptr;
    QTimer *m_soon = nullptr;
    /// The document changed while the view was hidden.
    bool m_stale = true;
};

} // namespace lps
