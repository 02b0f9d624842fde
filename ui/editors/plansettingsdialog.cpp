#include "plansettingsdialog.h"

#include "exactspinbox.h"
#include "problemlabel.h"
#include "validation/planlimits.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lps {

PlanSettingsDialog::PlanSettingsDialog(const Plan &plan, Check check, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_check(std::move(check))
    , m_name(new QLineEdit(plan.name, this))
    , m_locality(new QLineEdit(plan.locality, this))
    , m_currency(new QLineEdit(plan.currency, this))
    , m_firstYear(new QSpinBox(this))
    , m_years(new QSpinBox(this))
    , m_inflation(new ExactSpinBox(100.0, this))
    , m_yearsNote(new QLabel(this))
    , m_problem(new ProblemLabel(this))
{
    setWindowTitle(tr("Plan settings"));
    setObjectName(QStringLiteral("planSettings"));
    m_currency->setMaxLength(3);
    m_currency->setToolTip(tr("ISO 4217 code, such as GBP or EUR; two minor digits are assumed."));
    m_firstYear->setRange(2000, 2100);
    m_firstYear->setValue(plan.firstYear);
    m_firstYear->setToolTip(tr("2026 is the financial year 2026/27."));
    m_years->setRange(1, PlanLimits::kMaxYears);
    m_years->setValue(plan.years);
    m_inflation->setRange(-100.0, 1000.0);
    m_inflation->setDecimals(3);
    m_inflation->setSuffix(tr("% a year"));
    m_inflation->setExactValue(plan.costInflation);
    m_inflation->setToolTip(tr("How a service's cost written once grows each year."));
    m_yearsNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Locality:"), m_locality);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&First year:"), m_firstYear);
    form->addRow(tr("&Years covered:"), m_years);
    form->addRow(QString(), m_yearsNote);
    form->addRow(tr("Cost &inflation:"), m_inflation);
    m_problem->frame(this, form, [this] { return m_check ? m_check(settings()) : QString(); });
    connect(m_years, &QSpinBox::valueChanged, this, &PlanSettingsDialog::updateYearsNote);
    connect(m_firstYear, &QSpinBox::valueChanged, this, &PlanSettingsDialog::updateYearsNote);
    updateYearsNote();
}

void PlanSettingsDialog::updateYearsNote()
{
    const int years = m_years->value();
    QString note = tr("From %1 to %2.")
                       .arg(Plan::financialYearLabel(m_firstYear->value()),
                            Plan::financialYearLabel(m_firstYear->value() + years - 1));
    if (years > m_plan.years)
        note += QLatin1Char(' ') +
                tr("Amounts written year by year carry on with their last year's value.");
    else if (years < m_plan.years)
        note +=
            QLatin1Char(' ') + tr("Amounts for the years after %1 are dropped.")
                                   .arg(Plan::financialYearLabel(m_firstYear->value() + years - 1));
    m_yearsNote->setText(note);
}

Plan PlanSettingsDialog::settings() const
{
    Plan plan = m_plan;
    plan.name = m_name->text().trimmed();
    plan.locality = m_locality->text().trimmed();
    plan.currency = m_currency->text().trimmed().toUpper();
    plan.firstYear = m_firstYear->value();
    plan.years = m_years->value();
    plan.costInflation = m_inflation->exactValue();
    return plan;
}

} // namespace lps
