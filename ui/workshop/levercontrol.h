#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QSlider;

namespace lps {

class WorkshopSession;

/// One lever on the presenter's console, big enough to hit on a laptop in a hurry: its key
/// (1 to 8), what it moves, a slider in 5% steps or a switch, and where it stands. It shows the
/// session; moving it asks the presentation to move the lever (leverMoved), so the keys and the
/// mouse go the same way.
class LeverControl : public QFrame
{
    Q_OBJECT

public:
    LeverControl(int index, QWidget *parent = nullptr);

    /// Shows where the lever stands and whether it is the one in hand.
    void showSession(const WorkshopSession &session);
    QSlider *slider() const { return m_slider; }
    QCheckBox *toggle() const { return m_switch; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    /// A slider moved to `percent`, or a switch set (`percent` 0 on, 100 off).
    void leverMoved(int index, int percent);
    void leverChosen(int index);

private:
    void elide();

    int m_index;
    QString m_fullTitle;
    QLabel *m_key;
    QLabel *m_title;
    QLabel *m_value;
    QSlider *m_slider;
    QCheckBox *m_switch;
    bool m_showing = false;
};

} // namespace lps
