#include "whatifpanel.h"

#include "csv/moneyparser.h"
#include "documents/plandocument.h"
#include "editing/scenarioedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace lps {

namespace {

QSlider *percentSlider(QWidget *parent, const QString &name)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, 150);
    slider->setValue(100);
    slider->setPageStep(10);
    slider->setTickInterval(50);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setAccessibleName(name);
    slider->setMinimumWidth(110);
    return slider;
}

} // namespace

WhatIfPanel::WhatIfPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_where(new QLabel(this))
    , m_newScenario(new QPushButton(tr("Try it in a new scenario"), this))
    , m_controls(new QWidget(this))
    , m_fromYear(new QComboBox(this))
{
    setObjectName(QStringLiteral("whatIfPanel"));
    m_where->setWordWrap(true);
    m_fromYear->setAccessibleName(tr("The year the changes apply from"));
    connect(m_newScenario, &QPushButton::clicked, this, &WhatIfPanel::newScenarioWanted);
    connect(m_fromYear, &QComboBox::currentIndexChanged, this, &WhatIfPanel::refresh);
    auto *controls = new QVBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(createResources());
    controls->addWidget(createService());
    controls->addWidget(createMove());
    controls->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(310);
    auto *fromRow = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("Changes app&ly from:"), this);
    fromLabel->setBuddy(m_fromYear);
    fromRow->addWidget(fromLabel);
    fromRow->addWidget(m_fromYear, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(m_newScenario);
    layout->addLayout(fromRow);
    layout->addWidget(scroll, 1);
    connect(m_document, &PlanDocument::changed, this, &WhatIfPanel::refresh);
    connect(m_document, &PlanDocument::scenarioChosen, this, &WhatIfPanel::refresh);
    refresh();
}

QWidget *WhatIfPanel::createResources()
{
    auto *box = new QGroupBox(tr("Resources: how much of each"), m_controls);
    m_resourceGrid = new QGridLayout(box);
    return box;
}

QWidget *WhatIfPanel::createService()
{
    auto *box = new QGroupBox(tr("A service"), m_controls);
    auto *form = new QFormLayout(box);
    m_service = new QComboBox(box);
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->setAccessibleName(tr("The service to change"));
    form->addRow(tr("Pic&k a service:"), m_service);
    auto *costRow = new QHBoxLayout;
    m_serviceCost = percentSlider(box, tr("Cost of the service, percent"));
    m_serviceValue = new QLabel(box);
    costRow->addWidget(m_serviceCost, 1);
    costRow->addWidget(m_serviceValue);
    form->addRow(tr("Cost:"), costRow);
    m_decommission = new QCheckBox(tr("&Decommissioned"), box);
    form->addRow(QString(), m_decommission);
    m_tier = new QComboBox(box);
    m_tier->addItem(tr("as written"), -1);
    for (const Tier tier : kAllTiers)
        m_tier->addItem(tierTitle(tier), int(tier));
    m_tier->setAccessibleName(tr("Tier of the service"));
    form->addRow(tr("Tier:"), m_tier);
    m_priority = new QSpinBox(box);
    m_priority->setRange(0, 100);
    m_priority->setSpecialValueText(tr("as written"));
    m_priority->setAccessibleName(tr("Priority of the service"));
    form->addRow(tr("Priority:"), m_priority);
    connect(m_service, &QComboBox::currentIndexChanged, this, &WhatIfPanel::refreshService);
    connect(m_serviceCost, &QSlider::valueChanged, this,
            [this] { slid(m_serviceCost, AdjustmentType::ServiceScale, serviceId()); });
    connect(m_serviceCost, &QSlider::sliderReleased, this, [this] { ++m_drag; });
    connect(m_decommission, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            set(control(AdjustmentType::ServiceOff, serviceId()), !on);
        ++m_drag;
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        Adjustment adjustment = control(AdjustmentType::ServiceTier, serviceId());
        const int tier = m_tier->currentData().toInt();
        adjustment.tier = Tier(qMax(0, tier));
        set(adjustment, tier < 0);
        ++m_drag;
    });
    connect(m_priority, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_refreshing)
            return;
        Adjustment adjustment = control(AdjustmentType::ServicePriority, serviceId());
        adjustment.priority = qMax(1, value);
        set(adjustment, value == 0);
        ++m_drag;
    });
    return box;
}

QWidget *WhatIfPanel::createMove()
{
    auto *box = new QGroupBox(tr("Move money between services"), m_controls);
    auto *form = new QFormLayout(box);
    m_moveFrom = new QComboBox(box);
    m_moveTo = new QComboBox(box);
    m_moveAmount = new QLineEdit(box);
    m_moveAmount->setPlaceholderText(tr("e.g. 50,000"));
    form->addRow(tr("Fro&m:"), m_moveFrom);
    form->addRow(tr("T&o:"), m_moveTo);
    form->addRow(tr("Amo&unt:"), m_moveAmount);
    auto *move = new QPushButton(tr("Move the money"), box);
    form->addRow(QString(), move);
    connect(move, &QPushButton::clicked, this, [this] {
        const MoneyParser::Result amount =
            MoneyParser(m_document->plan().currency)
                .parse(m_moveAmount->text(), MoneyParser::Sign::NonNegative);
        if (!amount.ok()) {
            emit changeRefused(amount.message);
            return;
        }
        Adjustment adjustment = control(AdjustmentType::Move, m_moveFrom->currentData().toString());
        adjustment.toService = m_moveTo->currentData().toString();
        adjustment.amount = amount.minor;
        ++m_drag;
        set(adjustment, false);
    });
    return box;
}

const Scenario *WhatIfPanel::scenario() const
{
    const qsizetype index = m_document->plan().scenarioIndex(m_document->scenarioId());
    return index < 0 ? nullptr : &m_document->plan().scenarios.at(index);
}

QString WhatIfPanel::serviceId() const
{
    return m_service->currentData().toString();
}

Adjustment WhatIfPanel::control(AdjustmentType type, const QString &target) const
{
    Adjustment adjustment;
    adjustment.type = type;
    adjustment.target = target;
    adjustment.fromYear = qMax(0, m_fromYear->currentIndex());
    return adjustment;
}

// A control back at its neutral place takes its adjustment out rather than leaving "x 1.00".
void WhatIfPanel::set(const Adjustment &adjustment, bool neutral)
{
    const Plan &plan = m_document->plan();
    const PlanEdit edit =
        neutral ? ScenarioEdits::clearAdjustment(plan, m_document->scenarioId(), adjustment, m_drag)
                : ScenarioEdits::setAdjustment(plan, m_document->scenarioId(), adjustment, m_drag);
    const QString problem = m_document->apply(edit);
    if (!problem.isEmpty()) {
        emit changeRefused(problem);
        refresh(); // back to what the scenario does
    }
}

void WhatIfPanel::slid(QSlider *slider, AdjustmentType type, const QString &target)
{
    if (m_refreshing || target.isEmpty())
        return;
    Adjustment adjustment = control(type, target);
    adjustment.factor = slider->value() / 100.0;
    set(adjustment, slider->value() == 100);
    // Keys move it a step at a time: each step is its own undo step. A mouse drag is one.
    if (!slider->isSliderDown())
        ++m_drag;
}

QSlider *WhatIfPanel::resourceSlider(const QString &resourceId) const
{
    for (const ResourceRow &row : m_resources) {
        if (row.id == resourceId)
            return row.slider;
    }
    return nullptr;
}

QCheckBox *WhatIfPanel::withdrawSwitch(const QString &resourceId) const
{
    for (const ResourceRow &row : m_resources) {
        if (row.id == resourceId)
            return row.withdrawn;
    }
    return nullptr;
}

void WhatIfPanel::name(ResourceRow &row, const Resource &resource)
{
    // The label has the slider as its buddy, so it reads "&" as a mnemonic: "Finance & Property"
    // showed as "Finance _Property".
    QString shown = resource.name;
    row.name->setText(shown.replace(QLatin1Char('&'), QStringLiteral("&&")));
    row.slider->setAccessibleName(tr("%1, percent").arg(resource.name));
    row.withdrawn->setAccessibleName(tr("%1 withdrawn").arg(resource.name));
}

void WhatIfPanel::rebuildResources()
{
    const Plan &plan = m_document->plan();
    bool same = m_resources.size() == plan.resources.size();
    for (qsizetype r = 0; same && r < plan.resources.size(); ++r)
        same = m_resources.at(r).id == plan.resources.at(r).id;
    if (same) {
        for (qsizetype r = 0; r < plan.resources.size(); ++r)
            name(m_resources[r], plan.resources.at(r)); // a resource renamed keeps its row
        return;
    }
    for (const ResourceRow &row : std::as_const(m_resources)) {
        delete row.name;
        delete row.slider;
        delete row.value;
        delete row.withdrawn;
    }
    m_resources.clear();
    QWidget *box = m_resourceGrid->parentWidget();
    for (qsizetype r = 0; r < plan.resources.size(); ++r) {
        const Resource &resource = plan.resources.at(r);
        ResourceRow row{resource.id, new QLabel(box), percentSlider(box, QString()),
                        new QLabel(box), new QCheckBox(tr("withdrawn"), box)};
        name(row, resource);
        QLabel *name = row.name;
        name->setWordWrap(true);
        name->setBuddy(row.slider);
        const int line = int(r) * 2;
        m_resourceGrid->addWidget(name, line, 0, 1, 3);
        m_resourceGrid->addWidget(row.slider, line + 1, 0);
        m_resourceGrid->addWidget(row.value, line + 1, 1);
        m_resourceGrid->addWidget(row.withdrawn, line + 1, 2);
        connect(row.slider, &QSlider::valueChanged, this, [this, slider = row.slider, id = row.id] {
            slid(slider, AdjustmentType::ResourceScale, id);
        });
        connect(row.slider, &QSlider::sliderReleased, this, [this] { ++m_drag; });
        connect(row.withdrawn, &QCheckBox::toggled, this, [this, id = row.id](bool on) {
            if (!m_refreshing)
                set(control(AdjustmentType::ResourceOff, id), !on);
            ++m_drag;
        });
        m_resources << row;
    }
}

void WhatIfPanel::refresh()
{
    const Plan &plan = m_document->plan();
    const Scenario *chosen = scenario();
    const bool baseline = !chosen || (plan.baseline() && chosen->id == plan.baseline()->id);
    m_refreshing = true;
    if (m_fromYear->count() != plan.years ||
        (plan.years > 0 && m_fromYear->itemText(0) != plan.yearLabel(0))) {
        const QSignalBlocker blocker(m_fromYear);
        m_fromYear->clear();
        for (int y = 0; y < plan.years; ++y)
            m_fromYear->addItem(plan.yearLabel(y));
    }
    m_where->setText(baseline ? tr("The baseline is the plan as written: to try something, make a "
                                   "scenario and change that.")
                              : tr("Changes go into the scenario <b>%1</b>; undo takes each one "
                                   "back.")
                                    .arg(chosen->name.toHtmlEscaped()));
    m_newScenario->setVisible(baseline);
    m_controls->setEnabled(!baseline);
    rebuildResources();
    for (const ResourceRow &row : std::as_const(m_resources)) {
        const Adjustment *scale =
            chosen
                ? ScenarioEdits::controlIn(*chosen, control(AdjustmentType::ResourceScale, row.id))
                : nullptr;
        const int percent = scale ? int(std::lround(scale->factor * 100.0)) : 100;
        if (!row.slider->isSliderDown())
            row.slider->setValue(percent);
        row.value->setText(QStringLiteral("%1%").arg(row.slider->value()));
        row.withdrawn->setChecked(
            chosen &&
            ScenarioEdits::controlIn(*chosen, control(AdjustmentType::ResourceOff, row.id)));
    }
    // The services to choose from, keeping the one chosen.
    const QString keep = serviceId();
    bool sameServices = m_service->count() == plan.services.size();
    for (int s = 0; sameServices && s < m_service->count(); ++s)
        sameServices = m_service->itemData(s).toString() == plan.services.at(s).id &&
                       m_service->itemText(s) == plan.services.at(s).name;
    if (!sameServices) {
        const QSignalBlocker a(m_service), b(m_moveFrom), c(m_moveTo);
        m_service->clear();
        m_moveFrom->clear();
        m_moveTo->clear();
        for (const Service &service : plan.services) {
            m_service->addItem(service.name, service.id);
            m_moveFrom->addItem(service.name, service.id);
            m_moveTo->addItem(service.name, service.id);
        }
        m_service->setCurrentIndex(qMax(0, m_service->findData(keep)));
    }
    m_refreshing = false;
    refreshService();
}

void WhatIfPanel::refreshService()
{
    const Scenario *chosen = scenario();
    const QString id = serviceId();
    m_refreshing = true;
    const auto own = [&](AdjustmentType type) {
        return chosen ? ScenarioEdits::controlIn(*chosen, control(type, id)) : nullptr;
    };
    const Adjustment *scale = own(AdjustmentType::ServiceScale);
    if (!m_serviceCost->isSliderDown())
        m_serviceCost->setValue(scale ? int(std::lround(scale->factor * 100.0)) : 100);
    m_serviceValue->setText(QStringLiteral("%1%").arg(m_serviceCost->value()));
    m_decommission->setChecked(own(AdjustmentType::ServiceOff) != nullptr);
    const Adjustment *tier = own(AdjustmentType::ServiceTier);
    m_tier->setCurrentIndex(m_tier->findData(tier ? int(tier->tier) : -1));
    const Adjustment *priority = own(AdjustmentType::ServicePriority);
    m_priority->setValue(priority ? priority->priority : 0);
    m_refreshing = false;
}

} // namespace lps
