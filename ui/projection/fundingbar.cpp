#include "fundingbar.h"

#include "projectionstyle.h"

#include "style/palette.h"

#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>

namespace lps {

FundingBar::FundingBar(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setDuration(ProjectionStyle::kAnimationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_shown = value.toDouble();
        update();
    });
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void FundingBar::setFundedShare(double share, bool animate)
{
    share = std::clamp(share, 0.0, 1.0);
    m_target = share;
    m_animation->stop();
    if (!animate || !isVisible()) {
        m_shown = share;
        update();
        return;
    }
    m_animation->setStartValue(m_shown);
    m_animation->setEndValue(share);
    m_animation->start();
}

void FundingBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    const QRect whole = rect().adjusted(1, 1, -1, -1);
    const int funded = int(whole.width() * m_shown + 0.5);
    const QRect paid(whole.left(), whole.top(), funded, whole.height());
    const QRect missing(whole.left() + funded, whole.top(), whole.width() - funded, whole.height());
    painter.fillRect(paid, Palette::funded());
    painter.fillRect(missing, QColor(0xFB, 0xE3, 0xD6));
    painter.fillRect(missing, Palette::gap());
    painter.setPen(QPen(Palette::edge(Palette::scenario()), 2));
    painter.drawRect(whole);
}

} // namespace lps
