#pragma once

#include <QObject>

class QKeyEvent;

namespace lps {

class Presentation;

/// The keys of a workshop, wherever the focus is on the projection or the console: 1 to 8 take
/// a lever, the arrows move it, Space flips it, 0 puts it back, and S, T, R, L, K, V, C and Esc
/// choose what is shown and kept (docs/workshop-notes.md). Keys typed into the votes table are
/// dots and stay there. Listens to the whole application while the presentation runs.
class PresenterKeys : public QObject
{
    Q_OBJECT

public:
    explicit PresenterKeys(Presentation *presentation);

    void listen(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool key(QKeyEvent *event);
    bool leverKey(int key);
    bool viewKey(int key);

    Presentation *m_presentation;
};

} // namespace lps
