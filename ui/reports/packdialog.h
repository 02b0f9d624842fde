#pragma once

#include "model/plan.h"

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QRadioButton;

namespace lps {

/// Asks what the councillor pack covers: the scenario to set the one on show against, the year
/// shown or every year, and the paper (A4, or Letter).
class PackDialog : public QDialog
{
    Q_OBJECT

public:
    PackDialog(const Plan &plan, const QString &scenarioId, int yearIndex,
               QWidget *parent = nullptr);

    /// Empty for none.
    QString baseId() const;
    bool everyYear() const;
    QPageSize pageSize() const;

private:
    QComboBox *m_base;
    QRadioButton *m_every;
    QComboBox *m_paper;
};

} // namespace lps
