#pragma once

#include "reports/evaluation.h"

#include <QWidget>

class QCPBars;
class QCustomPlot;
class QStandardItemModel;
class QTableView;

namespace lps {
class AnswerNote;
class PlanDocument;
} // namespace lps

namespace lps {

/// The allocation as charts, always the engine's figures for what is on screen: who pays for
/// what (each tier's funding stacked by sector) and coverage (each tier's funding against its
/// gap). Hovering a bar shows its exact figure; a table beside them holds the same numbers for
/// screen readers and for copying. Colour-blind-safe colours, and every bar labelled.
class FundingCharts : public QWidget
{
    Q_OBJECT

public:
    explicit FundingCharts(QWidget *parent = nullptr);

    /// Shows the answers of the document's scenario and year as they come.
    void setDocument(PlanDocument *document);
    void setEvaluation(const Evaluation &evaluation);
    /// Nothing on show until the next setEvaluation() (another plan).
    void clear();
    /// A newer answer is on its way: the charts stay, marked as updating.
    void setUpdating();
    QString answerNote() const;

    QCustomPlot *whoPays() const { return m_whoPays; }
    QCustomPlot *coverage() const { return m_coverage; }
    QStandardItemModel *figures() const { return m_figures; }
    /// Text of the tooltip a bar shows, for the tier (0..2) of one plotted series.
    static QString tooltip(const QCPBars *bars, int tier);

private:
    void setUpPlot(QCustomPlot *plot, const QString &title);
    void showTooltip(QCustomPlot *plot, QMouseEvent *event);

    QCustomPlot *m_whoPays = nullptr;
    QCustomPlot *m_coverage = nullptr;
    QStandardItemModel *m_figures = nullptr;
    QTableView *m_table = nullptr;
    AnswerNote *m_note = nullptr;
    QString m_currency = QStringLiteral("GBP");
};

} // namespace lps
