#pragma once

#include "changes/planchange.h"
#include "reports/evaluation.h"

#include <QWidget>

class QLabel;

namespace lps {

class PlanDocument;

/// The lines above the views: the plan's name and what it holds, then, for the scenario and
/// year on show and named as such, what its resources bring, what its services cost, and each
/// tier's funding and gap (or that they are being worked out).
class PlanSummary : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSummary(PlanDocument *document, QWidget *parent = nullptr);

    QString headline() const;
    QString figures() const;

private:
    void showPlan(const PlanChange &change);
    void setAllocating();
    void setEvaluation(const Evaluation &evaluation);
    void showFigures(const QString &state);

    PlanDocument *m_document;
    QLabel *m_headline = nullptr;
    QLabel *m_figures = nullptr;
    /// The figures on show and whose they are, kept while the next answer is on its way.
    QString m_whose;
    QString m_lines;
};

} // namespace lps
