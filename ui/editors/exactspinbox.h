#pragma once

#include <QDoubleSpinBox>

namespace lps {

/// A spin box for a plan's decimal values (shares, rates, ratios) shown scaled (0.0299 as
/// 2.99%): it gives back exactly the value it was given unless the person changes it, so that
/// opening a dialog and pressing OK never moves a figure by a rounding.
class ExactSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    /// `scale` 100 for a percentage, 1 for a plain number.
    explicit ExactSpinBox(double scale, QWidget *parent = nullptr);

    void setExactValue(double value);
    /// The value given to setExactValue() while what is shown is unchanged; else what is shown.
    double exactValue() const;

private:
    double m_scale;
    double m_exact = 0.0;
    double m_shown = 0.0;
};

} // namespace lps
