#include "adjustmentdialog.h"

#include "csv/moneyparser.h"
#include "editing/adjustmentwords.h"
#include "editors/exactspinbox.h"
#include "editors/problemlabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lps {

namespace {

bool isTime(const Plan &plan, const QString &resourceId)
{
    const qsizetype i = plan.resourceIndex(resourceId);
    return i >= 0 && plan.resources.at(i).kind == ResourceKind::Time;
}

QComboBox *yearBox(const Plan &plan, int current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (int y = 0; y < plan.years; ++y)
        box->addItem(plan.yearLabel(y));
    box->setCurrentIndex(qBound(0, current, plan.years - 1));
    return box;
}

} // namespace

AdjustmentDialog::AdjustmentDialog(const Plan &plan, const Adjustment &adjustment, Check check,
                                   QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_original(adjustment)
    , m_check(std::move(check))
    , m_problem(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("adjustmentDialog"));
    setWindowTitle(tr("Adjustment"));
    auto *form = new QFormLayout;
    auto *what = new QLabel(AdjustmentWords::describe(plan, adjustment), this);
    what->setWordWrap(true);
    form->addRow(what);
    switch (adjustment.type) {
    case AdjustmentType::ResourceScale:
    case AdjustmentType::ServiceScale:
        m_factor = new ExactSpinBox(100.0, this);
        m_factor->setRange(0.0, 1000.0);
        m_factor->setDecimals(2);
        m_factor->setSuffix(QStringLiteral("%"));
        m_factor->setExactValue(adjustment.factor);
        form->addRow(adjustment.type == AdjustmentType::ResourceScale ? tr("&Amount, as a share:")
                                                                      : tr("&Cost, as a share:"),
                     m_factor);
        break;
    case AdjustmentType::ResourceSet:
        m_year = yearBox(plan, adjustment.year, this);
        form->addRow(tr("In the &year:"), m_year);
        m_amount = new QLineEdit(
            isTime(plan, adjustment.target)
                ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(adjustment.amount)
                : Money::fromMinor(adjustment.amount).formatted(plan.currency),
            this);
        form->addRow(isTime(plan, adjustment.target) ? tr("&Hours:") : tr("&Amount:"), m_amount);
        break;
    case AdjustmentType::ServiceTier:
        m_tier = new QComboBox(this);
        for (const Tier tier : kAllTiers)
            m_tier->addItem(tierTitle(tier), int(tier));
        m_tier->setCurrentIndex(m_tier->findData(int(adjustment.tier)));
        form->addRow(tr("&Tier:"), m_tier);
        break;
    case AdjustmentType::ServicePriority:
        m_priority = new QSpinBox(this);
        m_priority->setRange(1, 100);
        m_priority->setValue(adjustment.priority);
        form->addRow(tr("&Priority:"), m_priority);
        break;
    case AdjustmentType::Move:
        m_toService = new QComboBox(this);
        for (const Service &service : plan.services)
            m_toService->addItem(service.name, service.id);
        m_toService->setCurrentIndex(m_toService->findData(adjustment.toService));
        form->addRow(tr("&To:"), m_toService);
        m_amount =
            new QLineEdit(Money::fromMinor(adjustment.amount).formatted(plan.currency), this);
        form->addRow(tr("&Amount:"), m_amount);
        break;
    case AdjustmentType::ResourceOff:
    case AdjustmentType::ServiceOff:
        break;
    }
    if (adjustment.type != AdjustmentType::ResourceSet) {
        m_fromYear = yearBox(plan, adjustment.fromYear, this);
        form->addRow(tr("Applies &from:"), m_fromYear);
    }
    m_problem->frame(this, form, [this] { return problem(); });
}

std::optional<qint64> AdjustmentDialog::amount(QString *problem) const
{
    const QString text = m_amount->text().trimmed();
    if (m_original.type == AdjustmentType::ResourceSet && isTime(m_plan, m_original.target)) {
        static const QRegularExpression hours(QStringLiteral(R"(^\d{1,3}(,\d{3})*$|^\d+$)"));
        bool ok = false;
        const qint64 value = QString(text).remove(u',').toLongLong(&ok);
        if (hours.match(text).hasMatch() && ok)
            return value;
        *problem = tr("\u201c%1\u201d is not a number of hours: write whole hours, such as 1,200.")
                       .arg(text);
        return std::nullopt;
    }
    const MoneyParser::Result money =
        MoneyParser(m_plan.currency).parse(text, MoneyParser::Sign::NonNegative);
    if (!money.ok()) {
        *problem = money.message;
        return std::nullopt;
    }
    return money.minor;
}

Adjustment AdjustmentDialog::adjustment() const
{
    Adjustment a = m_original;
    if (m_fromYear)
        a.fromYear = m_fromYear->currentIndex();
    if (m_factor)
        a.factor = m_factor->exactValue();
    if (m_year)
        a.year = m_year->currentIndex();
    if (m_tier)
        a.tier = Tier(m_tier->currentData().toInt());
    if (m_priority)
        a.priority = m_priority->value();
    if (m_toService)
        a.toService = m_toService->currentData().toString();
    QString ignored;
    if (m_amount)
        a.amount = amount(&ignored).value_or(a.amount);
    return a;
}

QString AdjustmentDialog::problem() const
{
    QString problem;
    if (m_amount && !amount(&problem))
        return problem;
    return m_check ? m_check(adjustment()) : QString();
}

} // namespace lps
