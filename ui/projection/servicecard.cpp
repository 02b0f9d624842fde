#include "servicecard.h"

#include "projectionstyle.h"

#include "style/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

namespace lps {

ServiceCard::ServiceCard(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_word(new QLabel(this))
    , m_fade(new QVariantAnimation(this))
{
    m_name->setObjectName(QStringLiteral("cardName"));
    m_word->setObjectName(QStringLiteral("cardStatus"));
    m_name->setTextFormat(Qt::PlainText);
    m_word->setTextFormat(Qt::PlainText);
    // The name takes what the status word leaves, and is elided to it.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_word->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_word->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_word);
    m_fade->setDuration(ProjectionStyle::kAnimationMs);
    connect(m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_fill = value.value<QColor>();
        update();
    });
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QString ServiceCard::word(FundingStatus status)
{
    switch (status) {
    case FundingStatus::Funded:
        return tr("Funded");
    case FundingStatus::Partial:
        return tr("Part-funded");
    case FundingStatus::Unfunded:
        return tr("Unfunded");
    case FundingStatus::Decommissioned:
        return tr("Closed");
    }
    return {};
}

void ServiceCard::setCard(const ProjectionFigures::Card &card)
{
    const bool sameService = !m_empty && card.id == m_card.id;
    const QColor fill = ProjectionStyle::cardFill(card.status);
    if (sameService && card.status != m_card.status && isVisible()) {
        m_fade->stop();
        m_fade->setStartValue(m_fill);
        m_fade->setEndValue(fill);
        m_fade->start();
    } else if (m_fade->state() != QAbstractAnimation::Running || !sameService) {
        m_fade->stop();
        m_fill = fill;
    }
    m_card = card;
    m_empty = false;
    m_name->setToolTip(card.name);
    // An arrow says which way it went against the baseline: down is worse.
    const QString arrow = !card.changed() ? QString()
                          : int(card.status) > int(card.referenceStatus)
                              ? QStringLiteral("\u25BC ")
                              : QStringLiteral("\u25B2 ");
    m_word->setText(arrow + word(card.status));
    for (QLabel *label : {m_name, m_word}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, fill);
        palette.setColor(QPalette::WindowText, ProjectionStyle::ink());
        label->setPalette(palette);
    }
    elide();
    update();
}

void ServiceCard::elide()
{
    // Laid out first, so the name knows its room; a long name ends in an ellipsis, whole on hover.
    layout()->activate();
    const int room = std::max(1, m_name->width());
    m_name->setText(QFontMetrics(m_name->font()).elidedText(m_card.name, Qt::ElideRight, room));
}

void ServiceCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_empty)
        elide();
}

void ServiceCard::restyle(const ProjectionStyle &style)
{
    ProjectionStyle::dress(m_name, style.font(ProjectionStyle::kSmallestCap));
    ProjectionStyle::dress(m_word, style.font(ProjectionStyle::kSmallestCap, true));
    m_shapeSpace = style.px(52);
    layout()->setContentsMargins(m_shapeSpace + style.px(10), style.px(4), style.px(14),
                                 style.px(4));
    setFixedHeight(style.px(54));
    if (!m_empty)
        setCard(m_card);
}

void ServiceCard::paintShape(QPainter &painter, const QRectF &box) const
{
    const QColor hue = Palette::status(m_card.status);
    painter.setPen(QPen(ProjectionStyle::ink(), std::max(2.0, box.width() / 12.0)));
    switch (m_card.status) {
    case FundingStatus::Funded:
        painter.setBrush(hue);
        painter.drawEllipse(box);
        break;
    case FundingStatus::Partial: {
        painter.setBrush(Qt::white);
        painter.drawEllipse(box);
        QPainterPath half;
        half.moveTo(box.center());
        half.arcTo(box, 90, 180);
        half.closeSubpath();
        painter.setBrush(hue);
        painter.drawPath(half);
        break;
    }
    case FundingStatus::Unfunded: {
        const QPolygonF triangle{QPointF(box.center().x(), box.top()), box.bottomRight(),
                                 box.bottomLeft()};
        painter.setBrush(hue);
        painter.drawPolygon(triangle);
        break;
    }
    case FundingStatus::Decommissioned:
        painter.setBrush(hue);
        painter.drawRect(QRectF(box.left(), box.center().y() - box.height() / 5, box.width(),
                                box.height() * 2 / 5));
        break;
    }
}

void ServiceCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), ProjectionStyle::background());
    const QRectF card = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setBrush(m_fill);
    // A status different from the baseline's gets a heavy border: seen without colour.
    const double border = m_card.changed() ? std::max(3.0, height() / 14.0) : 1.5;
    painter.setPen(QPen(m_card.changed() ? ProjectionStyle::ink() : Palette::edge(m_fill), border));
    painter.drawRoundedRect(card.adjusted(border / 2, border / 2, -border / 2, -border / 2), 6, 6);
    if (m_empty)
        return;
    const double side = height() * 0.5;
    const QRectF box((m_shapeSpace - side) / 2.0 + border, (height() - side) / 2.0, side, side);
    paintShape(painter, box);
}

} // namespace lps
