#pragma once

#include <QWidget>

namespace lps {

class ControlStrip;
class ProjectionView;

/// The window the room sees, full screen on the projector: the projection and, when the laptop
/// has no second screen, the control strip over its foot.
class ProjectionWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionWindow(QWidget *parent = nullptr);

    ProjectionView *view() const { return m_view; }
    ControlStrip *strip() const { return m_strip; }
    /// Whether the strip is used at all (one screen) or never shown (two screens).
    void setStripWanted(bool wanted);
    /// Shows the strip (when wanted), sized to what it now says, and restarts its idle time.
    void wakeStrip();

signals:
    /// Someone closed the window (Alt+F4, the window's X): the session ends.
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void placeStrip();

    ProjectionView *m_view;
    ControlStrip *m_strip;
    bool m_stripWanted = true;
};

} // namespace lps
