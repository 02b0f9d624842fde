#pragma once

#include "reports/evaluation.h"

#include <QWidget>

class QCPBars;
class QCPBarsGroup;
class QCustomPlot;
class QLabel;

namespace lps {
class AnswerNote;
class PlanDocument;
} // namespace lps
class QStandardItemModel;
class QTableView;

namespace lps {

/// The gap of each tier across all the plan's years, as grouped bars with the same figures in a
/// table beside them: where the money runs out, and when. Hovering a bar shows its exact gap.
class YearsChart : public QWidget
{
    Q_OBJECT

public:
    explicit YearsChart(QWidget *parent = nullptr);

    /// Shows the answers for every year of the document's scenario as they come.
    void setDocument(PlanDocument *document);
    /// An evaluation of every year of the plan.
    void setEvaluation(const Evaluation &evaluation);
    /// Until the next setEvaluation(): says the years are being allocated, shows nothing stale.
    void clear();
    /// A newer answer is on its way: the chart stays, marked as updating.
    void setUpdating();
    QString answerNote() const;

    QCustomPlot *plot() const { return m_plot; }
    QStandardItemModel *figures() const { return m_figures; }
    /// The tooltip of a bar: its tier, year and exact gap (and cost), for a year's position.
    static QString tooltip(const QCPBars *bars, int yearPosition);

private:
    void showTooltip(QMouseEvent *event);
    void fillTable(const Evaluation &evaluation);

    AnswerNote *m_status = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBarsGroup *m_group = nullptr;
    QStandardItemModel *m_figures = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace lps
