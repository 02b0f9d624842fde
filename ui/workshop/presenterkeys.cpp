#include "presenterkeys.h"

#include "presentation.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTableView>

namespace lps {

PresenterKeys::PresenterKeys(Presentation *presentation)
    : QObject(presentation)
    , m_presentation(presentation)
{
}

void PresenterKeys::listen(bool on)
{
    if (on)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
}

bool PresenterKeys::eventFilter(QObject *watched, QEvent *event)
{
    const bool press = event->type() == QEvent::KeyPress;
    if (!press && event->type() != QEvent::MouseMove)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    const QWidget *window = widget ? widget->window() : nullptr;
    const bool projection = window && window == m_presentation->projection();
    if (!projection && (!window || window != m_presentation->console()))
        return QObject::eventFilter(watched, event);
    if (!press) {
        // The mouse over the projection brings the strip back, as a key does.
        if (projection)
            m_presentation->projection()->wakeStrip();
        return QObject::eventFilter(watched, event);
    }
    return key(static_cast<QKeyEvent *>(event));
}

bool PresenterKeys::key(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int k = event->key();
    QWidget *focus = QApplication::focusWidget();
    QTableView *votes = m_presentation->console()->votesTable();
    // Keys typed into the votes table (or a cell's editor) are dots, not levers.
    if (focus && (focus == votes || votes->isAncestorOf(focus))) {
        // Esc leaves the table first (an open cell's editor closes with its own Esc); a
        // second Esc leaves the presentation.
        if (k != Qt::Key_Escape || focus != votes)
            return false;
        votes->clearFocus();
        m_presentation->console()->setFocus();
        return true;
    }
    m_presentation->projection()->wakeStrip();
    return leverKey(k) || viewKey(k);
}

bool PresenterKeys::leverKey(int k)
{
    if (k >= Qt::Key_1 && k <= Qt::Key_8)
        m_presentation->chooseLever(k - Qt::Key_1);
    else if (k == Qt::Key_Left || k == Qt::Key_Down)
        m_presentation->stepLever(-1);
    else if (k == Qt::Key_Right || k == Qt::Key_Up)
        m_presentation->stepLever(1);
    else if (k == Qt::Key_Space)
        m_presentation->toggleLever();
    else if (k == Qt::Key_0 || k == Qt::Key_Backspace)
        m_presentation->resetLever();
    else
        return false;
    return true;
}

bool PresenterKeys::viewKey(int k)
{
    switch (k) {
    case Qt::Key_S:
        m_presentation->snapshot();
        return true;
    case Qt::Key_T:
        m_presentation->showSnapshots();
        return true;
    case Qt::Key_R:
        m_presentation->toggleRoom();
        return true;
    case Qt::Key_L:
        m_presentation->showLive();
        return true;
    case Qt::Key_K:
        m_presentation->keepRoom();
        return true;
    case Qt::Key_V:
        m_presentation->showVotes();
        return true;
    case Qt::Key_C:
        m_presentation->toggleConsole();
        return true;
    case Qt::Key_Escape:
        m_presentation->leave();
        return true;
    default:
        return false;
    }
}

} // namespace lps
