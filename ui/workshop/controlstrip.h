#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace lps {

class ProjectionStyle;

/// The slim strip along the bottom of the projection when there is only one screen: the lever
/// in hand, the keys, and the latest message for the facilitator. It hides after a few idle
/// seconds so the room sees the plan, and comes back with any key or mouse movement.
class ControlStrip : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 4000;

    explicit ControlStrip(QWidget *parent = nullptr);

    void setLever(const QString &inHand);
    /// A message for the facilitator (a refusal, what a key did); it stays until the next one.
    void setMessage(const QString &message);
    QString message() const;
    /// Shows the strip and starts its idle countdown again.
    void wake();
    void restyle(const ProjectionStyle &style);

private:
    QLabel *m_lever;
    QLabel *m_keys;
    QLabel *m_message;
    QTimer *m_idle;
};

} // namespace lps
