#include "serviceeditor.h"

#include "exactspinbox.h"
#include "yearlyamountseditor.h"

#include "problemlabel.h"
#include <QCheckBox>
#include <QComboBox>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace lps {

namespace {

QString capitalised(QString text)
{
    text.replace(u'-', u' ');
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

ServiceEditor::ServiceEditor(const Plan &plan, const Service &service, Check check, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_original(service)
    , m_check(std::move(check))
    , m_problem(new ProblemLabel(this))
{
    setWindowTitle(service.name.isEmpty() ? tr("New service")
                                          : tr("Service: %1").arg(service.name));
    setObjectName(QStringLiteral("serviceEditor"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("&General"));
    tabs->addTab(createTextPage(), tr("&Consequence and notes"));
    m_problem->frame(this, tabs, [this] { return problem(); });
}

QWidget *ServiceEditor::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(m_original.name, page);
    m_name->setMaxLength(200);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_tier = new QComboBox(page);
    for (const Tier tier : kAllTiers)
        m_tier->addItem(tierTitle(tier), int(tier));
    m_tier->setCurrentIndex(m_tier->findData(int(m_original.tier)));
    form->addRow(tr("&Tier:"), m_tier);
    m_provider = new QComboBox(page);
    for (const QString &provider : enumSpellings<Provider>())
        m_provider->addItem(capitalised(provider), provider);
    m_provider->setCurrentIndex(m_provider->findData(spelling(m_original.provider)));
    form->addRow(tr("&Provider:"), m_provider);
    m_priority = new QSpinBox(page);
    m_priority->setRange(1, 100);
    m_priority->setValue(m_original.priority);
    m_priority->setToolTip(tr("Weight within its tier, 1 to 100: the higher, the sooner funded."));
    form->addRow(tr("P&riority:"), m_priority);
    m_minimumShare = new ExactSpinBox(100.0, page);
    m_minimumShare->setRange(0.0, 100.0);
    m_minimumShare->setDecimals(2);
    m_minimumShare->setSuffix(QStringLiteral("%"));
    m_minimumShare->setExactValue(m_original.minimumShare);
    m_minimumShare->setToolTip(tr("The service cannot run on less than this share of its cost: "
                                  "it is either unfunded or funded at least this far."));
    form->addRow(tr("&Minimum share:"), m_minimumShare);
    m_cost = new YearlyAmountsEditor(page);
    m_cost->setObjectName(QStringLiteral("costEditor"));
    m_cost->setPlanYears(m_plan.firstYear, m_plan.years, m_plan.currency);
    m_cost->setUnit(YearlyAmountsEditor::Unit::Money);
    m_cost->setRateEditable(false, tr("(the plan's cost inflation)"));
    m_cost->setAmounts(m_original.cost, m_plan.costInflation);
    form->addRow(tr("&Cost:"), m_cost);
    m_tags = new QLineEdit(m_original.tags.join(QStringLiteral(", ")), page);
    m_tags->setPlaceholderText(tr("e.g. young-people, prevention"));
    form->addRow(tr("T&ags:"), m_tags);
    m_hours = new QSpinBox(page);
    m_hours->setRange(0, std::numeric_limits<int>::max());
    m_hours->setGroupSeparatorShown(true);
    m_hours->setValue(int(qMin<qint64>(m_original.timeCapacityHours, m_hours->maximum())));
    m_hoursShown = m_hours->value();
    m_hours->setSuffix(tr(" hours a year"));
    m_hours->setToolTip(tr("Volunteer hours the service can usefully take; 0 takes none."));
    form->addRow(tr("&Volunteer time:"), m_hours);
    m_preventative = new QCheckBox(tr("Pre&ventative: it prevents later, costlier need"), page);
    m_preventative->setChecked(m_original.preventative);
    form->addRow(QString(), m_preventative);
    return page;
}

QWidget *ServiceEditor::createTextPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_consequence = new QPlainTextEdit(m_original.consequence, page);
    m_consequence->setPlaceholderText(tr("What happens to people if it is not funded"));
    m_consequence->setTabChangesFocus(true);
    form->addRow(tr("&What if unfunded:"), m_consequence);
    m_notes = new QPlainTextEdit(m_original.notes, page);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

Service ServiceEditor::service() const
{
    Service service = m_original;
    service.name = m_name->text().trimmed();
    service.tier = Tier(m_tier->currentData().toInt());
    service.provider =
        enumFromString<Provider>(m_provider->currentData().toString()).value_or(service.provider);
    service.priority = m_priority->value();
    service.minimumShare = m_minimumShare->exactValue();
    if (const std::optional<YearlyAmounts> cost = m_cost->amounts())
        service.cost = *cost;
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    tags.removeDuplicates();
    service.tags = tags;
    // Untouched, the hours stay exactly as they were, even beyond what the box can show.
    if (m_hours->value() != m_hoursShown)
        service.timeCapacityHours = m_hours->value();
    service.preventative = m_preventative->isChecked();
    service.consequence = m_consequence->toPlainText().trimmed();
    service.notes = m_notes->toPlainText().trimmed();
    return service;
}

QString ServiceEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the service a name.");
    const QString cost = m_cost->problem();
    if (!cost.isEmpty())
        return tr("Cost, %1").arg(cost);
    return m_check ? m_check(service()) : QString();
}

} // namespace lps
