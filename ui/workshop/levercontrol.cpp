#include "levercontrol.h"

#include "workshop/workshopsession.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>

namespace lps {

LeverControl::LeverControl(int index, QWidget *parent)
    : QFrame(parent)
    , m_index(index)
    , m_key(new QLabel(QString::number(index + 1), this))
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_switch(new QCheckBox(this))
{
    setObjectName(QStringLiteral("lever%1").arg(index + 1));
    setFrameShape(QFrame::StyledPanel);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    QFont key = big;
    key.setBold(true);
    key.setPointSizeF(big.pointSizeF() * 1.4);
    m_key->setFont(key);
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(QStringLiteral("88")));
    m_key->setAlignment(Qt::AlignCenter);
    m_title->setFont(big);
    // A long service name is elided (whole on hover) rather than widen the console past a
    // laptop's screen.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(120);
    m_value->setFont(big);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("150% ")));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_switch->setFont(big);
    m_slider->setMinimumHeight(36);
    m_slider->setSingleStep(WorkshopSession::kStepPercent);
    m_slider->setPageStep(WorkshopSession::kStepPercent * 2);
    m_slider->setTickPosition(QSlider::TicksBelow);
    // The keys belong to the presentation: the controls take the mouse, not the focus.
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_switch->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_key, 0, 0, 2, 1);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_value, 0, 2);
    layout->addWidget(m_slider, 1, 1, 1, 2);
    layout->addWidget(m_switch, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_showing)
            return;
        // In 5% steps, however the mouse lands.
        const int step = WorkshopSession::kStepPercent;
        emit leverChosen(m_index);
        emit leverMoved(m_index, (value + step / 2) / step * step);
    });
    connect(m_switch, &QCheckBox::toggled, this, [this](bool on) {
        if (m_showing)
            return;
        emit leverChosen(m_index);
        emit leverMoved(m_index, on ? 0 : 100);
    });
}

void LeverControl::elide()
{
    m_title->setText(QFontMetrics(m_title->font())
                         .elidedText(m_fullTitle, Qt::ElideRight, std::max(1, m_title->width())));
}

void LeverControl::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elide();
}

void LeverControl::showSession(const WorkshopSession &session)
{
    m_showing = true;
    const bool isSwitch = session.levers()[m_index].isSwitch();
    m_fullTitle = session.title(m_index);
    m_title->setToolTip(m_fullTitle);
    m_slider->setVisible(!isSwitch);
    m_switch->setVisible(isSwitch);
    if (isSwitch) {
        const bool resource = session.levers()[m_index].movesResource();
        m_switch->setText(resource ? tr("Withdrawn (Space)") : tr("Decommissioned (Space)"));
        m_switch->setChecked(session.isOn(m_index));
        m_value->setText(session.isOn(m_index) ? tr("on") : tr("off"));
    } else {
        m_slider->setRange(session.lowPercent(m_index), session.highPercent(m_index));
        m_slider->setValue(session.percent(m_index));
        m_value->setText(tr("%1%").arg(session.percent(m_index)));
    }
    const bool inHand = session.chosen() == m_index;
    // The lever in hand: a heavy frame and a bold name, seen at a glance.
    setFrameShape(inHand ? QFrame::Box : QFrame::StyledPanel);
    setLineWidth(inHand ? 3 : 1);
    QFont title = m_title->font();
    title.setBold(inHand);
    m_title->setFont(title);
    elide();
    m_showing = false;
}

} // namespace lps
