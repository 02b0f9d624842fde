#pragma once

#include "amounts/yearlyamounts.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace lps {

class ExactSpinBox;

/// Edits an amount per year, as plan-model.md writes it: once, growing by a yearly rate, or year
/// by year. Money is typed in the plan's currency with thousands separators, hours as whole
/// numbers; a typo is reported with its year, never read as zero.
class YearlyAmountsEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Unit
    {
        Money,
        Hours
    };

    explicit YearlyAmountsEditor(QWidget *parent = nullptr);

    /// The plan's years and currency; `rateEditable` false when the rate belongs to the plan
    /// (a service's cost grows by the plan's cost inflation).
    void setPlanYears(int firstYear, int years, const QString &currency);
    void setUnit(Unit unit);
    Unit unit() const { return m_unit; }
    void setRateEditable(bool editable, const QString &whose = QString());
    void setAmounts(const YearlyAmounts &amounts, double rate);

    /// The amounts as typed, or nothing when a cell cannot be read (problem() says which).
    std::optional<YearlyAmounts> amounts() const;
    double rate() const;
    /// What is wrong with what was typed, naming the year and the text; empty when all is well.
    QString problem() const;

signals:
    void changed();

private:
    void showYears();
    /// Units in row y as typed; nothing when the text is not an amount.
    std::optional<qint64> unitsAt(int row, QString *problem) const;
    QString textOf(qint64 units) const;

    QCheckBox *m_once = nullptr;
    ExactSpinBox *m_rate = nullptr;
    QLabel *m_rateNote = nullptr;
    QTableWidget *m_table = nullptr;
    int m_firstYear = 2026;
    int m_years = 1;
    QString m_currency = QStringLiteral("GBP");
    Unit m_unit = Unit::Money;
    bool m_filling = false;
};

} // namespace lps
