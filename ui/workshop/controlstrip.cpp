#include "controlstrip.h"

#include "projection/projectionstyle.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace lps {

namespace {

// White on near-black: a strip the facilitator reads, never mistaken for the plan.
void dressDark(QLabel *label, const QFont &font)
{
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Window, QColor(0x1A, 0x1A, 0x1A));
    label->setPalette(palette);
}

} // namespace

ControlStrip::ControlStrip(QWidget *parent)
    : QFrame(parent)
    , m_lever(new QLabel(this))
    , m_keys(new QLabel(this))
    , m_message(new QLabel(this))
    , m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("controlStrip"));
    m_lever->setObjectName(QStringLiteral("stripLever"));
    m_keys->setObjectName(QStringLiteral("stripKeys"));
    m_message->setObjectName(QStringLiteral("stripMessage"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0x1A, 0x1A, 0x1A));
    setPalette(palette);
    // One line at any size: the keys in as few words as read well.
    m_keys->setText(
        tr("1\u20138 lever \u00b7 \u2190\u2192 5% \u00b7 Space switch \u00b7 0 back \u00b7 "
           "S snapshot \u00b7 T snapshots \u00b7 V votes \u00b7 R room \u00b7 K keep \u00b7 "
           "L live \u00b7 C console \u00b7 Esc leave"));
    for (QLabel *label : {m_lever, m_keys, m_message})
        label->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lever);
    layout->addWidget(m_message);
    layout->addWidget(m_keys);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    connect(m_idle, &QTimer::timeout, this, &QWidget::hide);
}

void ControlStrip::setLever(const QString &inHand)
{
    m_lever->setText(inHand.isEmpty() ? tr("Press 1 to 8 to take a lever.")
                                      : tr("In hand: %1").arg(inHand));
}

void ControlStrip::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString ControlStrip::message() const
{
    return m_message->text();
}

void ControlStrip::wake()
{
    show();
    raise();
    m_idle->start();
}

void ControlStrip::restyle(const ProjectionStyle &style)
{
    dressDark(m_lever, style.font(ProjectionStyle::kSmallestCap, true));
    dressDark(m_keys, style.font(ProjectionStyle::kSmallestCap));
    dressDark(m_message, style.font(ProjectionStyle::kSmallestCap));
    const int margin = style.px(16);
    layout()->setContentsMargins(margin * 2, margin, margin * 2, margin);
    layout()->setSpacing(style.px(6));
}

} // namespace lps
