#include "exactspinbox.h"

namespace lps {

ExactSpinBox::ExactSpinBox(double scale, QWidget *parent)
    : QDoubleSpinBox(parent)
    , m_scale(scale)
{
}

void ExactSpinBox::setExactValue(double value)
{
    m_exact = value;
    setValue(value * m_scale);
    m_shown = this->value(); // as rounded to the box's decimals and range
}

double ExactSpinBox::exactValue() const
{
    return value() == m_shown ? m_exact : value() / m_scale;
}

} // namespace lps
