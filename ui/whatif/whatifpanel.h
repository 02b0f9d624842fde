#pragma once

#include "editing/planedit.h"
#include "model/plan.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace lps {

class PlanDocument;

/// What-if controls for the chosen scenario, for a facilitator in front of a room: a slider per
/// resource (0% to 150% of its amount) and for a chosen service's cost, switches for "funder
/// withdraws" and "decommission", a tier, a priority, and "move money from one service to
/// another". Each control writes one adjustment of the scenario, from the year chosen once for
/// the panel; a whole slider drag is one undo step, and the views follow it live.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    WhatIfPanel(PlanDocument *document, QWidget *parent = nullptr);

    /// The controls show what the document's scenario does (they follow it by themselves).
    void refresh();
    QSlider *resourceSlider(const QString &resourceId) const;
    QCheckBox *withdrawSwitch(const QString &resourceId) const;
    QComboBox *serviceChoice() const { return m_service; }
    QComboBox *fromYear() const { return m_fromYear; }

signals:
    void changeRefused(const QString &message);
    /// The baseline is chosen and the person asks for a scenario to try things in.
    void newScenarioWanted();

private:
    struct ResourceRow
    {
        QString id;
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        QCheckBox *withdrawn = nullptr;
    };

    QWidget *createResources();
    QWidget *createService();
    QWidget *createMove();
    void rebuildResources();
    void refreshService();
    /// The adjustment a control sets, for the chosen first year.
    Adjustment control(AdjustmentType type, const QString &target) const;
    void set(const Adjustment &adjustment, bool neutral);
    void slid(QSlider *slider, AdjustmentType type, const QString &target);
    void name(ResourceRow &row, const Resource &resource);
    const Scenario *scenario() const;
    QString serviceId() const;

    PlanDocument *m_document;
    QLabel *m_where = nullptr;
    QPushButton *m_newScenario = nullptr;
    QWidget *m_controls = nullptr;
    QComboBox *m_fromYear = nullptr;
    QGridLayout *m_resourceGrid = nullptr;
    QList<ResourceRow> m_resources;
    QComboBox *m_service = nullptr;
    QSlider *m_serviceCost = nullptr;
    QLabel *m_serviceValue = nullptr;
    QCheckBox *m_decommission = nullptr;
    QComboBox *m_tier = nullptr;
    QSpinBox *m_priority = nullptr;
    QComboBox *m_moveFrom = nullptr;
    QComboBox *m_moveTo = nullptr;
    QLineEdit *m_moveAmount = nullptr;
    /// Which drag a slider's changes belong to: a new number after each release or key step.
    int m_drag = 0;
    bool m_refreshing = false;
};

} // namespace lps
