#include "resourceeditor.h"

#include "csv/moneyparser.h"
#include "eligibilityeditor.h"
#include "exactspinbox.h"
#include "yearlyamountseditor.h"

#include "problemlabel.h"
#include <QCheckBox>
#include <QComboBox>

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lps {

namespace {

QString capitalised(QString text)
{
    text.replace(u'-', u' ');
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

template <typename Enum> QComboBox *enumBox(QWidget *parent, Enum current)
{
    auto *box = new QComboBox(parent);
    for (const QString &value : enumSpellings<Enum>())
        box->addItem(capitalised(value), value);
    box->setCurrentIndex(box->findData(spelling(current)));
    return box;
}

template <typename Enum> Enum chosen(const QComboBox *box, Enum fallback)
{
    return enumFromString<Enum>(box->currentData().toString()).value_or(fallback);
}

} // namespace

ResourceEditor::ResourceEditor(const Plan &plan, const Resource &resource, Check check,
                               QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_original(resource)
    , m_check(std::move(check))
    , m_problem(new ProblemLabel(this))
{
    setWindowTitle(resource.name.isEmpty() ? tr("New resource")
                                           : tr("Resource: %1").arg(resource.name));
    setObjectName(QStringLiteral("resourceEditor"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralPage(), tr("&General"));
    tabs->addTab(createRulesPage(), tr("&May fund"));
    tabs->addTab(createNotesPage(), tr("&Results and notes"));
    m_problem->frame(this, tabs, [this] { return problem(); });
    kindChanged();
}

QWidget *ResourceEditor::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(m_original.name, page);
    m_name->setMaxLength(200);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_sector = enumBox(page, m_original.sector);
    form->addRow(tr("&Sector:"), m_sector);
    m_kind = enumBox(page, m_original.kind);
    m_kind->setToolTip(tr("Money; time (volunteer hours); or in-kind (goods, buildings, "
                          "services valued in money)."));
    form->addRow(tr("&Kind:"), m_kind);
    m_certainty = enumBox(page, m_original.certainty);
    form->addRow(tr("&Certainty:"), m_certainty);
    m_amount = new YearlyAmountsEditor(page);
    m_amount->setObjectName(QStringLiteral("amountEditor"));
    m_amount->setPlanYears(m_plan.firstYear, m_plan.years, m_plan.currency);
    m_amount->setUnit(m_original.kind == ResourceKind::Time ? YearlyAmountsEditor::Unit::Hours
                                                            : YearlyAmountsEditor::Unit::Money);
    m_amount->setAmounts(m_original.amount, m_original.trend);
    form->addRow(tr("&Amount:"), m_amount);
    m_hourValue = new QLineEdit(
        m_original.hourValue ? m_original.hourValue->formatted(m_plan.currency) : QString(), page);
    m_hourValue->setPlaceholderText(
        tr("e.g. %1").arg(Money::fromMinor(1500).formatted(m_plan.currency)));
    m_hourValue->setToolTip(tr("What an hour of this time would cost to buy in."));
    form->addRow(tr("&Value of an hour:"), m_hourValue);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResourceEditor::kindChanged);
    return page;
}

QWidget *ResourceEditor::createRulesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_eligible = new EligibilityEditor(page);
    m_eligible->setEligibility(m_plan, m_original.eligible);
    layout->addWidget(m_eligible, 1);
    auto *form = new QFormLayout;
    auto *matchRow = new QHBoxLayout;
    m_matched = new QCheckBox(tr("Ma&tch funding: at most"), page);
    m_matched->setChecked(m_original.matchRatio.has_value());
    m_matchRatio = new ExactSpinBox(1.0, page);
    m_matchRatio->setRange(0.0001, 1000.0);
    m_matchRatio->setDecimals(4);
    m_matchRatio->setExactValue(m_original.matchRatio.value_or(1.0));
    m_matchRatio->setSuffix(tr(" x"));
    m_matchRatio->setAccessibleName(tr("Match ratio"));
    m_matchSector = enumBox(page, m_original.matchSector);
    m_matchSector->setAccessibleName(tr("Sector matched"));
    matchRow->addWidget(m_matched);
    matchRow->addWidget(m_matchRatio);
    matchRow->addWidget(new QLabel(tr("what resources of the"), page));
    matchRow->addWidget(m_matchSector);
    matchRow->addWidget(new QLabel(tr("sector give the same service"), page));
    matchRow->addStretch(1);
    form->addRow(matchRow);
    m_maxPerService = new QLineEdit(
        m_original.maxPerService ? m_original.maxPerService->formatted(m_plan.currency) : QString(),
        page);
    m_maxPerService->setPlaceholderText(tr("no limit"));
    form->addRow(tr("At most, per service:"), m_maxPerService);
    layout->addLayout(form);
    const auto enableMatch = [this] {
        m_matchRatio->setEnabled(m_matched->isChecked());
        m_matchSector->setEnabled(m_matched->isChecked());
    };
    connect(m_matched, &QCheckBox::toggled, this, enableMatch);
    enableMatch();
    return page;
}

QWidget *ResourceEditor::createNotesPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_contingent = new ExactSpinBox(100.0, page);
    m_contingent->setRange(0.0, 100.0);
    m_contingent->setDecimals(2);
    m_contingent->setSuffix(QStringLiteral("%"));
    m_contingent->setExactValue(m_original.contingentShare);
    m_contingent->setToolTip(tr("The share paid only on results (payment by results, social "
                                "impact bonds): reported as money at risk."));
    form->addRow(tr("&Paid on results:"), m_contingent);
    m_notes = new QPlainTextEdit(m_original.notes, page);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

// Time is counted in hours and needs a value per hour; money and in-kind do not.
void ResourceEditor::kindChanged()
{
    const bool time = chosen(m_kind, m_original.kind) == ResourceKind::Time;
    m_hourValue->setEnabled(time);
    const YearlyAmountsEditor::Unit unit =
        time ? YearlyAmountsEditor::Unit::Hours : YearlyAmountsEditor::Unit::Money;
    if (unit == m_amount->unit())
        return;
    // Pence are not hours: switching between them starts from the original amount, or nothing.
    const bool wasTime = m_original.kind == ResourceKind::Time;
    m_amount->setUnit(unit);
    m_amount->setAmounts(time == wasTime ? m_original.amount : YearlyAmounts::single(0),
                         m_amount->rate());
}

std::optional<Money> ResourceEditor::moneyIn(const QLineEdit *field, QString *problem) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const MoneyParser::Result money =
        MoneyParser(m_plan.currency).parse(text, MoneyParser::Sign::NonNegative);
    if (!money.ok()) {
        *problem = money.message;
        return std::nullopt;
    }
    return Money::fromMinor(money.minor);
}

Resource ResourceEditor::resource() const
{
    Resource resource = m_original;
    resource.name = m_name->text().trimmed();
    resource.sector = chosen(m_sector, resource.sector);
    resource.kind = chosen(m_kind, resource.kind);
    resource.certainty = chosen(m_certainty, resource.certainty);
    if (const std::optional<YearlyAmounts> amount = m_amount->amounts())
        resource.amount = *amount;
    // A trend only applies to an amount written once; one written year by year keeps its own.
    if (resource.amount.isSingle())
        resource.trend = m_amount->rate();
    QString ignored;
    resource.hourValue =
        resource.kind == ResourceKind::Time ? moneyIn(m_hourValue, &ignored) : std::nullopt;
    resource.eligible = m_eligible->eligibility();
    resource.matchRatio =
        m_matched->isChecked() ? std::optional(m_matchRatio->exactValue()) : std::nullopt;
    resource.matchSector = chosen(m_matchSector, resource.matchSector);
    resource.maxPerService = moneyIn(m_maxPerService, &ignored);
    resource.contingentShare = m_contingent->exactValue();
    resource.notes = m_notes->toPlainText().trimmed();
    return resource;
}

QString ResourceEditor::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the resource a name.");
    if (const QString amount = m_amount->problem(); !amount.isEmpty())
        return tr("Amount, %1").arg(amount);
    QString money;
    if (chosen(m_kind, m_original.kind) == ResourceKind::Time && !moneyIn(m_hourValue, &money) &&
        money.isEmpty())
        return tr("Time needs the value of an hour: what it would cost to buy that hour in.");
    if (!money.isEmpty())
        return tr("Value of an hour: %1").arg(money);
    moneyIn(m_maxPerService, &money);
    if (!money.isEmpty())
        return tr("At most, per service: %1").arg(money);
    return m_check ? m_check(resource()) : QString();
}

} // namespace lps
