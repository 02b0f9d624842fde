#include "yearlyamountseditor.h"

#include "amounts/money.h"
#include "csv/moneyparser.h"
#include "exactspinbox.h"
#include "model/plan.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lps {

YearlyAmountsEditor::YearlyAmountsEditor(QWidget *parent)
    : QWidget(parent)
    , m_once(new QCheckBox(tr("The same amount every year, &changing by"), this))
    , m_rate(new ExactSpinBox(100.0, this))
    , m_rateNote(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_rate->setRange(-100.0, 1000.0);
    m_rate->setDecimals(3);
    m_rate->setSuffix(tr("% a year"));
    m_rate->setAccessibleName(tr("Yearly change"));
    m_table->setColumnCount(1);
    m_table->setHorizontalHeaderLabels({tr("Amount")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Amount per year"));
    m_table->setObjectName(QStringLiteral("amountTable"));
    m_once->setObjectName(QStringLiteral("writtenOnce"));
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_once);
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_rateNote, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(rateRow);
    layout->addWidget(m_table);
    connect(m_once, &QCheckBox::toggled, this, [this] {
        m_rate->setEnabled(m_once->isChecked() && m_rateNote->text().isEmpty());
        showYears();
        emit changed();
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] {
        showYears();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        if (item->row() == 0 && m_once->isChecked())
            showYears();
        emit changed();
    });
}

void YearlyAmountsEditor::setPlanYears(int firstYear, int years, const QString &currency)
{
    m_firstYear = firstYear;
    m_years = qMax(1, years);
    m_currency = currency;
    m_table->setRowCount(m_years);
    QStringList labels;
    for (int y = 0; y < m_years; ++y)
        labels << Plan::financialYearLabel(firstYear + y);
    m_table->setVerticalHeaderLabels(labels);
    // Every year in view without scrolling, up to the plan's ten.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              m_table->verticalHeader()->defaultSectionSize() * qMin(m_years, 6) +
                              4);
}

void YearlyAmountsEditor::setUnit(Unit unit)
{
    m_unit = unit;
    m_table->setHorizontalHeaderLabels(
        {unit == Unit::Money ? tr("Amount (%1)").arg(m_currency) : tr("Hours")});
}

void YearlyAmountsEditor::setRateEditable(bool editable, const QString &whose)
{
    m_rateNote->setText(editable ? QString() : whose);
    m_rate->setEnabled(editable && m_once->isChecked());
}

void YearlyAmountsEditor::setAmounts(const YearlyAmounts &amounts, double rate)
{
    m_filling = true;
    m_once->setChecked(amounts.isSingle());
    m_rate->setExactValue(rate);
    for (int y = 0; y < m_years; ++y)
        m_table->setItem(y, 0, new QTableWidgetItem(textOf(amounts.valueAt(y, rate))));
    m_filling = false;
    showYears();
}

QString YearlyAmountsEditor::textOf(qint64 units) const
{
    if (m_unit == Unit::Money)
        return Money::fromMinor(units).formatted(m_currency);
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(units);
}

// Written once: the first year is typed, the others follow from it and cannot be typed.
void YearlyAmountsEditor::showYears()
{
    const bool once = m_once->isChecked();
    QString ignored;
    const std::optional<qint64> base = unitsAt(0, &ignored);
    m_filling = true;
    for (int y = 0; y < m_years; ++y) {
        QTableWidgetItem *item = m_table->item(y, 0);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(y, 0, item);
        }
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const bool typed = !once || y == 0;
        item->setFlags(typed ? item->flags() | Qt::ItemIsEditable
                             : item->flags() & ~Qt::ItemIsEditable);
        item->setForeground(typed ? palette().text() : palette().placeholderText());
        if (!typed && base)
            item->setText(textOf(YearlyAmounts::single(*base).valueAt(y, rate())));
    }
    m_filling = false;
}

std::optional<qint64> YearlyAmountsEditor::unitsAt(int row, QString *problem) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    const QString text = item ? item->text().trimmed() : QString();
    const QString year = Plan::financialYearLabel(m_firstYear + row);
    if (m_unit == Unit::Money) {
        const MoneyParser::Result money =
            MoneyParser(m_currency).parse(text, MoneyParser::Sign::NonNegative);
        if (money.ok())
            return money.minor;
        *problem = tr("%1: %2").arg(year, money.message);
        return std::nullopt;
    }
    static const QRegularExpression hours(QStringLiteral(R"(^\d{1,3}(,\d{3})*$|^\d+$)"));
    bool ok = false;
    const qint64 value = QString(text).remove(u',').toLongLong(&ok);
    if (hours.match(text).hasMatch() && ok)
        return value;
    *problem = tr("%1: \u201c%2\u201d is not a number of hours: write whole hours, such as 1,200.")
                   .arg(year, text);
    return std::nullopt;
}

std::optional<YearlyAmounts> YearlyAmountsEditor::amounts() const
{
    QString problem;
    if (m_once->isChecked()) {
        const std::optional<qint64> base = unitsAt(0, &problem);
        return base ? std::optional(YearlyAmounts::single(*base)) : std::nullopt;
    }
    QList<qint64> values;
    for (int y = 0; y < m_years; ++y) {
        const std::optional<qint64> units = unitsAt(y, &problem);
        if (!units)
            return std::nullopt;
        values << *units;
    }
    return YearlyAmounts::perYear(values);
}

double YearlyAmountsEditor::rate() const
{
    return m_rate->exactValue();
}

QString YearlyAmountsEditor::problem() const
{
    QString problem;
    for (int y = 0; y < (m_once->isChecked() ? 1 : m_years) && problem.isEmpty(); ++y)
        unitsAt(y, &problem);
    return problem;
}

} // namespace lps
