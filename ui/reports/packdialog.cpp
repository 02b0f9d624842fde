#include "packdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lps {

PackDialog::PackDialog(const Plan &plan, const QString &scenarioId, int yearIndex, QWidget *parent)
    : QDialog(parent)
    , m_base(new QComboBox(this))
    , m_every(new QRadioButton(
          tr("&Every year, %1 to %2").arg(plan.yearLabel(0), plan.yearLabel(plan.years - 1)), this))
    , m_paper(new QComboBox(this))
{
    setWindowTitle(tr("Councillor pack"));
    setObjectName(QStringLiteral("packDialog"));
    const qsizetype shown = plan.scenarioIndex(scenarioId);
    m_base->addItem(tr("Nothing"), QString());
    for (const Scenario &scenario : plan.scenarios) {
        if (scenario.id != scenarioId)
            m_base->addItem(scenario.name, scenario.id);
    }
    // The baseline, unless the baseline is what is on show.
    if (plan.baseline() && plan.baseline()->id != scenarioId)
        m_base->setCurrentIndex(m_base->findData(plan.baseline()->id));
    auto *year = new QRadioButton(tr("The year &shown, %1").arg(plan.yearLabel(yearIndex)), this);
    year->setChecked(true);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Scenario:"),
                 new QLabel(shown < 0 ? scenarioId : plan.scenarios.at(shown).name, this));
    form->addRow(tr("Set &against:"), m_base);
    form->addRow(tr("In detail:"), year);
    form->addRow(QString(), m_every);
    form->addRow(tr("&Paper:"), m_paper);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PackDialog::baseId() const
{
    return m_base->currentData().toString();
}

bool PackDialog::everyYear() const
{
    return m_every->isChecked();
}

QPageSize PackDialog::pageSize() const
{
    return m_paper->currentData().toString() == QLatin1String("letter")
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

} // namespace lps
