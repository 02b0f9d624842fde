#pragma once

#include "model/eligibility.h"
#include "model/plan.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace lps {

/// Edits which services a resource may fund (plan-model.md's `eligible`): tiers, tags and named
/// services, each optional, every one given must hold. Says in words what the choice means.
class EligibilityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityEditor(QWidget *parent = nullptr);

    /// The services and tags to choose from come from `plan`.
    void setEligibility(const Plan &plan, const Eligibility &eligibility);
    Eligibility eligibility() const;
    /// "Must-tier services tagged care" or "Any service".
    QString summary() const;

signals:
    void changed();

private:
    QListWidget *checkList(const QString &accessibleName);
    void filterServices(const QString &text);
    void updateSummary();

    QList<QCheckBox *> m_tiers;
    QListWidget *m_tags = nullptr;
    QLineEdit *m_serviceFilter = nullptr;
    QListWidget *m_services = nullptr;
    QLabel *m_summary = nullptr;
    /// As given: its lists come back in their own order when the same items are ticked.
    Eligibility m_original;
};

} // namespace lps
